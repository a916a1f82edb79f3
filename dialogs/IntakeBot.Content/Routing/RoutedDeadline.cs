using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>A deadline as a real date, with the sentence to say. <see cref="Approximate"/>: say "about", never "at the latest".</summary>
public sealed record RoutedDeadline(string Id, DateOnly Date, int Amount, DeadlineUnit Unit, bool Approximate, TextRef Text, string Source);
