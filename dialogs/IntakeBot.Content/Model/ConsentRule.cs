namespace IntakeBot.Content.Model;

/// <summary>Consent before data is shared: "written-before-sharing" or "not-stated".</summary>
public sealed record ConsentRule(string Rule, string? Source = null)
{
    /// <summary>True when written consent is asked before the person complained about or the commission see the data.</summary>
    public bool WrittenBeforeSharing => Rule == "written-before-sharing";
}
