// Corpus stage: the lines of a web capture or a user's own file that are about the article,
// not in it — a by-line ("By Jane Roe and John Doe, 2 March 2022", "Author: …"), a dateline
// ("Astana, 10 March 2022.", "Riga, 28 April 2022 | 5 min read", "Published 3 May 2022"), a
// navigation bar ("Home | News | Analysis", "Subscribe | Sign in"). They give the publication
// date, place and author; they are never the title, never run on into the line before, and
// tell of no event.
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace MetadataLines {

// The article's head, where such lines are looked for: its first paragraphs.
constexpr int kHeadLines = 8;

struct Dateline {
    QDate date;    // invalid when the line is no dateline
    QString place; // "Astana"; empty when the line names none
    // The name before the date, after which a comma or a dash comes: "Astana", "Dniester
    // Daily" (a dash's name is not taken for a place: it is more often the publisher's).
    QString name;
};

// `line` without the Markdown emphasis around it ("*Dniester Daily — 4 March 2022*", "**A
// title**"), else as it is.
QStringView withoutEmphasis(QStringView line);
// The authors of a by-line ("Jane Roe", "Kaarel Tamm and Ilze Berzina"); empty when none.
QString authorOf(QStringView line);
// A line that is a date and little else, maybe with a place before it and a short note after.
Dateline datelineOf(QStringView line);
// The date a by-line carries ("By Jane Roe | 2 March 2022").
QDate byLineDate(QStringView line);
// The publication a by-line names between bars or dashes ("By Jane Roe | Reuters | 2 March
// 2022", "By Jane Roe — The Diplomat — 2 March 2022"); empty when none.
QString publisherOfByLine(QStringView line);
bool isNavigation(QStringView line);
// Any of the above.
bool isMetadataLine(QStringView line);

} // namespace MetadataLines
