using IntakeBot.Content.Texts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// Withdrawing a submitted case: the reference, then a check against the e-mail address or phone number given in
/// that case. The store records the withdrawal and puts a "withdrawn" event in the outbox for the organisation.
/// </summary>
internal static class Withdrawal
{
    public static async Task StartAsync(IntakeTurn turn)
    {
        turn.State.Aside = QuestionIds.WithdrawReference;
        turn.State.Attempts = 0;
        await turn.AskAsync(QuestionIds.WithdrawReference).ConfigureAwait(false);
    }

    public static async Task ReferenceAsync(IntakeTurn turn, string? text)
    {
        var state = turn.State;
        var reference = CaseReference.Normalize(text);
        if (reference is null)
        {
            if (++state.Attempts >= IntakeFlow.MaxAttempts)
            {
                await EndAsync(turn, "withdraw.not_found").ConfigureAwait(false);
                return;
            }

            await turn.AskAsync(QuestionIds.WithdrawReference, retry: true).ConfigureAwait(false);
            return;
        }

        var found = await turn.Services.Cases.GetAsync(reference).ConfigureAwait(false);
        if (found is null)
        {
            await EndAsync(turn, "withdraw.not_found").ConfigureAwait(false);
            return;
        }

        if (found.WithdrawnAt is not null)
        {
            await EndAsync(turn, "withdraw.already").ConfigureAwait(false);
            return;
        }

        var organisation = Organisation(turn, found);
        if (!found.Fields.ContainsKey(CaseFieldNames.Email) && !found.Fields.ContainsKey(CaseFieldNames.Phone))
        {
            await EndAsync(turn, "withdraw.no_check", organisation).ConfigureAwait(false);
            return;
        }

        state.WithdrawReference = found.Reference;
        state.Aside = QuestionIds.WithdrawCheck;
        state.Attempts = 0;
        await turn.AskAsync(QuestionIds.WithdrawCheck).ConfigureAwait(false);
    }

    public static async Task CheckAsync(IntakeTurn turn, string? text)
    {
        var state = turn.State;
        var found = state.WithdrawReference is { } reference ? await turn.Services.Cases.GetAsync(reference).ConfigureAwait(false) : null;
        if (found is null)
        {
            await EndAsync(turn, "withdraw.not_found").ConfigureAwait(false);
            return;
        }

        var organisation = Organisation(turn, found);
        if (string.IsNullOrWhiteSpace(text) || !Matches(found, text))
        {
            if (++state.Attempts >= 2)
            {
                await EndAsync(turn, "withdraw.check_failed", organisation).ConfigureAwait(false);
                return;
            }

            await turn.AskAsync(QuestionIds.WithdrawCheck, retry: true).ConfigureAwait(false);
            return;
        }

        var withdrawn = await turn.Services.Cases.WithdrawAsync(found.Reference, turn.Services.Time.GetUtcNow()).ConfigureAwait(false);
        await EndAsync(turn, withdrawn ? "withdraw.done" : "withdraw.already", organisation, TextArgument.Of("reference", found.Reference)).ConfigureAwait(false);
    }

    private static async Task EndAsync(IntakeTurn turn, string key, params TextArgument[] arguments)
    {
        turn.State.Aside = null;
        turn.State.WithdrawReference = null;
        turn.State.Attempts = 0;
        await turn.SayAsync(key, arguments).ConfigureAwait(false);
        if (turn.State.Pending is not null && !turn.State.Finished)
        {
            await IntakeFlow.RepromptAsync(turn).ConfigureAwait(false);
        }
    }

    private static TextArgument Organisation(IntakeTurn turn, IntakeCase found) =>
        TextArgument.Of("organisation", turn.Services.Catalog.Organisations.TryGetValue(found.OrganisationId, out var organisation) ? organisation.ShortName : found.OrganisationId);

    /// <summary>Digits of a phone number for comparison ("+31 6 12345678" and "0612345678" are the same).</summary>
    public static string PhoneKey(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits.StartsWith("0031", StringComparison.Ordinal))
        {
            digits = "0" + digits[4..];
        }
        else if (digits.StartsWith("31", StringComparison.Ordinal) && phone.TrimStart().StartsWith('+'))
        {
            digits = "0" + digits[2..];
        }

        return digits;
    }

    internal static string EmailKey(string email) => email.Trim().ToLowerInvariant();

    internal static bool Matches(IntakeCase found, string given)
    {
        var email = found.Fields.GetValueOrDefault(CaseFieldNames.Email);
        var phone = found.Fields.GetValueOrDefault(CaseFieldNames.Phone);
        return (email is not null && EmailKey(email) == EmailKey(given)) || (phone is not null && PhoneKey(phone).Length >= 9 && PhoneKey(phone) == PhoneKey(given));
    }
}
