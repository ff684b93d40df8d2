// The name rules of tournaments (common/tournament/Names.h), shared by the server's API and the
// app's offline tournaments: trimmed, not empty, not too long, no control characters, aliases
// each once ignoring case.
#include "tournament/Names.h"

#include <QTest>

using namespace transcendence::tournament;

class TournamentNamesTest : public QObject {
    Q_OBJECT

private slots:
    void namesAreTrimmedAndChecked()
    {
        QCOMPARE(nameProblem(QStringLiteral("  Ada "), kMaxAliasLength), NameProblem::None);
        QCOMPARE(nameProblem(QStringLiteral("   "), kMaxAliasLength), NameProblem::Empty);
        QCOMPARE(nameProblem(QString(32, QLatin1Char('a')), kMaxAliasLength), NameProblem::None);
        QCOMPARE(nameProblem(QString(33, QLatin1Char('a')), kMaxAliasLength), NameProblem::TooLong);
        QCOMPARE(
            nameProblem(QStringLiteral(" ") + QString(32, QLatin1Char('a')) + QStringLiteral(" "),
                        kMaxAliasLength),
            NameProblem::None);
        QCOMPARE(nameProblem(QStringLiteral("a\u0007b"), kMaxAliasLength),
                 NameProblem::ControlCharacter);
        QCOMPARE(nameProblem(QStringLiteral("a\u200bb"), kMaxAliasLength),
                 NameProblem::ControlCharacter);
    }

    void aRepeatedAliasIsTheLaterOne()
    {
        const std::vector<NameProblem> problems =
            aliasProblems({QStringLiteral("Ada"), QStringLiteral("Bob"), QStringLiteral(" ada "),
                           QStringLiteral(""), QStringLiteral("ÉLODIE"), QStringLiteral("élodie")});
        QCOMPARE(problems, (std::vector<NameProblem>{NameProblem::None, NameProblem::None,
                                                     NameProblem::Repeated, NameProblem::Empty,
                                                     NameProblem::None, NameProblem::Repeated}));
        QCOMPARE(aliasKey(QStringLiteral(" Ada ")), aliasKey(QStringLiteral("ADA")));
    }
};

QTEST_GUILESS_MAIN(TournamentNamesTest)
#include "TournamentNamesTest.moc"
