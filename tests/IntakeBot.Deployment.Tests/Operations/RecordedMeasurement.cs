namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>One measurement: the instrument, the value and the tags.</summary>
internal sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);
