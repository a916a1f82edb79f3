namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>A fact that reads the shared spec data; it is skipped, saying why, when that data is absent.</summary>
internal sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute()
    {
        if (RecognizerSpecs.Root is null)
        {
            Skip = RecognizerSpecs.MissingReason;
        }
    }
}
