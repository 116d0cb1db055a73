// Errors are data: every loading stage reports what went wrong as a Problem, never by throwing.
#pragma once

#include <QString>
#include <QVector>

struct Problem {
    QString file;    // file name as the user knows it
    int line = 0;    // 1-based; 0 when the problem is about the whole file
    QString message; // what is wrong, in words a user understands

    QString toString() const;
    // The problem a line such as toString() gives says, about `file`: "FILE:LINE: message" and
    // "FILE: message" are split into their parts; another line is the message whole.
    static Problem fromLine(const QString &file, const QString &line);
};

using Problems = QVector<Problem>;
