// Benchmark input: writes a corpus of a given size made from the paragraphs of source articles,
// recombined at random (fixed seed) into files of about 5 KB, so scaling can be measured on
// text like the real one. Never part of the build's output or the repository's data.
//   pe-generate-corpus OUT_DIR MEGABYTES SOURCE_FILE...
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <random>

namespace {

constexpr qsizetype kFileBytes = 5 * 1024;

QStringList paragraphsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList kept;
    for (const QString &p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (p.trimmed().size() >= 40) // menus and crumbs would make files of navigation
            kept.append(p.trimmed());
    }
    return kept;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: pe-generate-corpus OUT_DIR MEGABYTES SOURCE_FILE...\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    bool ok = false;
    const double megabytes = QString::fromLocal8Bit(argv[2]).toDouble(&ok);
    if (!ok || megabytes <= 0) {
        std::fprintf(stderr, "pe-generate-corpus: '%s' is not a size in megabytes\n", argv[2]);
        return 2;
    }
    QStringList paragraphs;
    for (int i = 3; i < argc; ++i)
        paragraphs += paragraphsOf(QString::fromLocal8Bit(argv[i]));
    if (paragraphs.isEmpty() || !QDir().mkpath(out)) {
        std::fprintf(stderr, "pe-generate-corpus: no paragraphs read, or %s cannot be made\n",
                     argv[1]);
        return 1;
    }
    std::mt19937 random(20220224);
    std::uniform_int_distribution<qsizetype> pick(0, paragraphs.size() - 1);
    const qint64 wanted = qint64(megabytes * 1024 * 1024);
    qint64 written = 0;
    for (int n = 0; written < wanted; ++n) {
        // A dateline gives each file a year, as a real capture's would.
        QByteArray bytes = QStringLiteral("Generated article %1\n\nPublished %2 March 2022.\n\n")
                               .arg(n)
                               .arg(1 + n % 28)
                               .toUtf8();
        while (bytes.size() < kFileBytes)
            bytes += paragraphs.at(pick(random)).toUtf8() + "\n\n";
        QFile file(QDir(out).filePath(QStringLiteral("a%1.txt").arg(n, 6, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "pe-generate-corpus: cannot write %s\n",
                         qPrintable(file.fileName()));
            return 1;
        }
        written += bytes.size();
    }
    return 0;
}
