using IntakeBot.Casework.Register;

namespace IntakeBot.Casework.Memory;

/// <summary>What the memory register keeps of one case beside the case store: its handling data, timeline and fact.</summary>
internal sealed class MemoryCaseEntry(CaseRecord record, int factIndex)
{
    public CaseRecord Record { get; set; } = record;

    public List<TimelineEntry> Timeline { get; } = [];

    /// <summary>Where the case's anonymous fact sits in the register's fact list (the fact outlives the entry).</summary>
    public int FactIndex { get; } = factIndex;
}
