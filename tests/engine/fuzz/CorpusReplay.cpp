// Stands in for libFuzzer where it is not available (GCC builds, CI): feeds every file of the
// committed corpus to the fuzz target, and also every truncation and a deterministic set of
// one-byte mutations of it, so damaged input is exercised on every ctest run.
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

void feed(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
                           std::size_t(input.size()));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <corpus directory>\n", argv[0]);
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        std::fprintf(stderr, "empty corpus: %s\n", argv[1]);
        return 1;
    }
    long long inputs = 0;
    for (const QString &name : files) {
        QFile file(corpus.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        const QByteArray original = file.readAll();
        feed(original);
        for (qsizetype length = 1; length < original.size(); length += 3) {
            feed(original.left(length));
        }
        // Flip each byte after the selector to a few values (0, 0xff, a neighbour).
        for (qsizetype at = 1; at < original.size(); at += 2) {
            for (char value : {char(0), char(0xff), char(original[at] + 1)}) {
                QByteArray mutated = original;
                mutated[at] = value;
                feed(mutated);
            }
        }
        inputs += 1 + original.size() / 3 + 3 * (original.size() / 2);
    }
    std::printf("replayed about %lld inputs from %lld corpus files\n", inputs,
                static_cast<long long>(files.size()));
    return 0;
}
