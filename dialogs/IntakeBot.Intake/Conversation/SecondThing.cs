using IntakeBot.Content.Model;

namespace IntakeBot.Intake.Conversation;

/// <summary>The second thing in a story: its kind and the words that were about it.</summary>
public sealed record SecondThing(Kind Kind, string Description);
