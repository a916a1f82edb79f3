using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;
using IntakeBot.Intake.Resume;

namespace IntakeBot.Intake.Conversation;

/// <summary>Questions asked in between: after a crisis, on "stop", after 3 failed answers, and to withdraw a case.</summary>
internal static class Asides
{
    public static async Task AnswerAsync(IntakeTurn turn, string? text)
    {
        var state = turn.State;
        var aside = state.Aside!;
        if (aside == QuestionIds.WithdrawReference)
        {
            await Withdrawal.ReferenceAsync(turn, text).ConfigureAwait(false);
            return;
        }

        if (aside == QuestionIds.WithdrawCheck)
        {
            await Withdrawal.CheckAsync(turn, text).ConfigureAwait(false);
            return;
        }

        var answer = AnswerReader.Read(QuestionCatalog.Build(aside, turn), text, turn);
        if (answer.Status != AnswerStatus.Value && aside == QuestionIds.RetryOffer)
        {
            // Not one of the ways out: maybe it is a new try at the question itself.
            state.Aside = null;
            state.Attempts = 0;
            await IntakeFlow.AnswerAsync(turn, text).ConfigureAwait(false);
            return;
        }

        if (answer.Status != AnswerStatus.Value)
        {
            state.Attempts++;
            await turn.AskAsync(aside, retry: true).ConfigureAwait(false);
            return;
        }

        state.Attempts = 0;
        state.Aside = null;
        switch (aside, answer.Value)
        {
            case (QuestionIds.CrisisContinue, "continue"):
                await turn.SayAsync("crisis.continue.ok").ConfigureAwait(false);
                await IntakeFlow.RepromptAsync(turn).ConfigureAwait(false);
                break;
            case (QuestionIds.CrisisContinue, _):
                state.Aside = QuestionIds.StopKeepOrDelete;
                await turn.AskAsync(QuestionIds.StopKeepOrDelete).ConfigureAwait(false);
                break;
            case (QuestionIds.StopKeepOrDelete, "keep"):
                await KeepForLaterAsync(turn).ConfigureAwait(false);
                Commands.Reset(turn, keepPerson: false);
                turn.State.Finished = true;
                break;
            case (QuestionIds.StopKeepOrDelete, _):
                await turn.SayAsync("stop.deleted").ConfigureAwait(false);
                Commands.Reset(turn, keepPerson: false);
                turn.State.Finished = true;
                break;
            case (QuestionIds.RetryOffer, "skip"):
                if (QuestionIds.FieldOf(state.Pending) is { } field)
                {
                    state.Skipped.Add(field);
                }

                await turn.SayAsync("retry.skipped").ConfigureAwait(false);
                await IntakeFlow.AdvanceAsync(turn).ConfigureAwait(false);
                break;
            case (QuestionIds.RetryOffer, "call"):
                var (name, phone) = Callable(turn);
                await turn.SayAsync("retry.call", TextArgument.Of("name", name), TextArgument.Of("phone", phone)).ConfigureAwait(false);
                await IntakeFlow.RepromptAsync(turn).ConfigureAwait(false);
                break;
            default:
                await KeepForLaterAsync(turn).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Keeps the unfinished intake under a resume code and tells the code.</summary>
    public static async Task KeepForLaterAsync(IntakeTurn turn)
    {
        var codes = new ResumeCodes(turn.Services.Storage, turn.Services.Time, turn.Services.Options.ResumeDays);
        var snapshot = Copy(turn.State);
        snapshot.Aside = null;
        snapshot.Attempts = 0;
        var code = await codes.KeepAsync(snapshot, default).ConfigureAwait(false);
        await turn.SayAsync("resume.code", TextArgument.Of("code", code)).ConfigureAwait(false);
        await turn.SayAsync("stop.bye").ConfigureAwait(false);
    }

    private static IntakeState Copy(IntakeState state) =>
        System.Text.Json.JsonSerializer.Deserialize<IntakeState>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(state, Dialogs.State.StateJson.Options), Dialogs.State.StateJson.Options)!;

    /// <summary>Someone to call: the organisation's phone when content has one, else Jeugdstem, else the Kindertelefoon.</summary>
    private static (string Name, string Phone) Callable(IntakeTurn turn)
    {
        var catalog = turn.Services.Catalog;
        if (turn.State.OrganisationId is { } id)
        {
            var organisation = catalog.Organisation(id);
            foreach (var destination in organisation.Destinations)
            {
                if (destination.Channels?.FirstOrDefault(c => c.Type == ChannelType.Phone && c.Value is not null && c.Verified) is { } phone)
                {
                    return (organisation.ShortName, phone.Value!);
                }
            }
        }

        foreach (var contactId in new[] { "jeugdstem", "kindertelefoon" })
        {
            if (catalog.Contacts.TryGetValue(contactId, out var contact)
                && contact.Channels.FirstOrDefault(c => c.Type == ChannelType.Phone && c.Value is not null) is { } phone)
            {
                return (contact.Name, phone.Value!);
            }
        }

        return (catalog.CrisisContacts[0].Name, catalog.CrisisContacts[0].Channels[0].Value ?? string.Empty);
    }
}
