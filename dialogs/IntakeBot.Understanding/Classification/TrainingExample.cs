namespace IntakeBot.Understanding.Classification;

/// <summary>A labelled example message. <paramref name="Register"/> is formal-parent, neutral, youth-chat or slang-typos.</summary>
public sealed record TrainingExample(string Label, string Register, string Text);
