using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>One step of the route, in order, with the plain-language reason and the regulation it came from.</summary>
public sealed record RoutedStep(int Order, string StepId, RoutedDestination Destination, StepStatus Status, TextRef Reason, string Source);
