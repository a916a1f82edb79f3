namespace IntakeBot.Storage.DirectLine;

/// <summary>Checks on the sequence numbers of a log's records.</summary>
public static class DirectLineSequences
{
    /// <summary>True when the records are numbered <paramref name="afterSequence"/> + 1, + 2, … in order, without a gap.</summary>
    public static bool FollowWithoutGap(IReadOnlyList<DirectLineRecord> records, long afterSequence)
    {
        ArgumentNullException.ThrowIfNull(records);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Sequence != afterSequence + 1 + i)
            {
                return false;
            }
        }

        return true;
    }
}
