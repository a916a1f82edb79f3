using System.Diagnostics.Metrics;

namespace IntakeBot.Bot.Operations;

/// <summary>
/// The instruments of the meter "IntakeBot" (watch them with <c>dotnet-counters monitor --counters IntakeBot</c>):
/// turns, turn duration and turn errors by channel, and cases created by kind. The outbox backlog is
/// <see cref="OutboxBacklogGauge"/>.
/// </summary>
public sealed class IntakeBotMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "IntakeBot";

    /// <summary>Creates the instruments on the host's meter factory (one meter per host).</summary>
    public IntakeBotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(MeterName);
        Turns = Meter.CreateCounter<long>("intakebot.turns", "{turn}", "Turns run, by channel.");
        TurnDuration = Meter.CreateHistogram<double>("intakebot.turn.duration", "ms", "How long a turn took, by channel.");
        TurnErrors = Meter.CreateCounter<long>("intakebot.turn.errors", "{turn}", "Turns that ended in an exception, by channel and error type.");
        CasesCreated = Meter.CreateCounter<long>("intakebot.cases.created", "{case}", "Cases stored, by kind.");
    }

    /// <summary>The host's "IntakeBot" meter.</summary>
    public Meter Meter { get; }

    internal Counter<long> Turns { get; }

    internal Histogram<double> TurnDuration { get; }

    internal Counter<long> TurnErrors { get; }

    internal Counter<long> CasesCreated { get; }
}
