import QtQml
import Transcendence

// Words and formats for stored matches (docs/api/openapi.yaml: MatchHistoryEntry, MatchDetails,
// UserStats), shared by the profile, dashboard and match pages.
QtObject {
    readonly property var locale: Qt.locale(Language.language)

    function kind(kind) {
        switch (kind) {
        case "local": return qsTr("Local")
        case "ai": return qsTr("Against the computer")
        case "remote": return qsTr("Ranked")
        case "private": return qsTr("Private")
        case "four_players": return qsTr("Four players")
        case "tournament": return qsTr("Tournament")
        default: return String(kind)
        }
    }

    function result(result) {
        switch (result) {
        case "win": return qsTr("Win")
        case "loss": return qsTr("Loss")
        default: return qsTr("No result")
        }
    }

    function endReason(reason) {
        switch (reason) {
        case "completed": return qsTr("Played to the end")
        case "forfeit": return qsTr("Forfeit")
        case "abandoned": return qsTr("Abandoned")
        default: return String(reason)
        }
    }

    function seatKind(kind) {
        switch (kind) {
        case "user": return qsTr("Player")
        case "guest": return qsTr("Guest")
        case "ai": return qsTr("Computer")
        default: return String(kind)
        }
    }

    function playerName(player) {
        if (!player || player.anonymous || player.name === null || player.name === undefined)
            return qsTr("Anonymous player")
        return player.name
    }

    function number(value, decimals) {
        return Number(value).toLocaleString(locale, "f", decimals || 0)
    }

    function percent(rate) {
        return rate === null || rate === undefined ? "—"
               : qsTr("%1 %").arg(number(rate * 100, 0))
    }

    function dateTime(iso) {
        const date = new Date(iso)
        return isNaN(date.getTime()) ? "" : date.toLocaleString(locale, Locale.ShortFormat)
    }

    // "2024-05-01" (a UTC day) as a short local date of that same day.
    function day(isoDay) {
        const parts = String(isoDay).split("-")
        const date = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]))
        return date.toLocaleDateString(locale, Locale.ShortFormat)
    }

    function duration(seconds) {
        const whole = Math.round(seconds)
        if (whole < 60)
            return qsTr("%n second(s)", "", whole)
        return qsTr("%1 min %2 s").arg(Math.floor(whole / 60)).arg(whole % 60)
    }

    // 75.5 seconds: "1:15".
    function clock(seconds) {
        const whole = Math.floor(seconds)
        const rest = whole % 60
        return Math.floor(whole / 60) + ":" + (rest < 10 ? "0" : "") + rest
    }

    function streak(value) {
        if (value > 0)
            return qsTr("%n win(s) in a row", "", value)
        if (value < 0)
            return qsTr("%n loss(es) in a row", "", -value)
        return "—"
    }
}
