// ui: a reference to a span of an article — what a click on a claim, an event or a source
// asks the source viewer to show.
#pragma once

#include <QString>

struct SpanLink {
    QString article;
    qsizetype start = 0;
    qsizetype end = 0;
};
