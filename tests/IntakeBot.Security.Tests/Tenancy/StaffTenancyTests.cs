using System.Globalization;
using System.Net;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Tests.Staff.Web;
using IntakeBot.Intake.Cases;
using IntakeBot.Security.Tests.Support;
using IntakeBot.Storage.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Security.Tests.Tenancy;

/// <summary>
/// Catalogue item 3, staff tenancy: staff and API keys of one organisation never see or change another's case. Every
/// staff page, page handler and API route that names a case is read from the host's endpoint table and called with
/// another organisation's reference (404, nothing changed); lists, audit, reports and users leave other organisations
/// out. A new staff endpoint fails <see cref="EveryStaffEndpoint_HasATenancyCheck"/> until it is classified here.
/// </summary>
public sealed class StaffTenancyTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    /// <summary>The staff endpoints that name no case, each with the test (or the reason) that shows it leaks nothing.</summary>
    private static readonly Dictionary<string, string> NonCaseEndpoints = new(StringComparer.Ordinal)
    {
        ["GET /staff"] = nameof(OtherOrganisationsCase_NeverAppearsInTheList),
        ["GET /staff/users"] = nameof(UsersPage_NeverShowsOrChangesAnotherOrganisationsStaff),
        ["POST /staff/users?handler=role"] = nameof(UsersPage_NeverShowsOrChangesAnotherOrganisationsStaff),
        ["POST /staff/users?handler=lock"] = nameof(UsersPage_NeverShowsOrChangesAnotherOrganisationsStaff),
        ["POST /staff/users?handler=unlock"] = nameof(UsersPage_NeverShowsOrChangesAnotherOrganisationsStaff),
        ["POST /staff/users?handler=create"] = "creates the account in the admin's own organisation (from the claim, never from the form)",
        ["GET /staff/audit"] = nameof(AuditPage_ShowsOnlyTheOwnOrganisation),
        ["GET /staff/reports"] = nameof(Reports_CountOnlyTheOwnOrganisation),
        ["GET /staff/reports/{year:int}.{format:regex(^(csv|xlsx)$)}"] = nameof(Reports_CountOnlyTheOwnOrganisation),
        ["GET /api/staff/register"] = nameof(Api_ListsAndConversationLookups_ShowOnlyTheOwnOrganisation),
        ["GET /api/staff/cases"] = nameof(Api_ListsAndConversationLookups_ShowOnlyTheOwnOrganisation),
        ["GET /staff/account"] = "the signed-in member's own account only (no id in the request)",
        ["POST /staff/account?handler=enable"] = "the signed-in member's own account only (no id in the request)",
        ["POST /staff/account?handler=recovery"] = "the signed-in member's own account only (no id in the request)",
        ["POST /staff/account?handler=disable"] = "the signed-in member's own account only (no id in the request)",
        ["GET /staff/signin"] = "before sign-in: no organisation data",
        ["POST /staff/signin"] = "before sign-in: no organisation data",
        ["GET /staff/signin/code"] = "before sign-in: no organisation data",
        ["POST /staff/signin/code"] = "before sign-in: no organisation data",
        ["GET /staff/signout"] = "ends the caller's own session",
        ["POST /staff/signout"] = "ends the caller's own session",
    };

    /// <summary>Every GET route of the staff pages that names a case ({0} = reference).</summary>
    public static TheoryData<string> CaseGetRoutes => new()
    {
        "/staff/cases/{0}",
        "/staff/cases/{0}?view=redacted",
        "/staff/cases/{0}?done=status",
    };

    /// <summary>Every POST handler of the staff pages that changes a case, with valid form values.</summary>
    public static TheoryData<string, string> CasePostRoutes => new()
    {
        { "/staff/cases/{0}?handler=status", "status=ontvangst-bevestigd" },
        { "/staff/cases/{0}?handler=status", "status=afgehandeld&outcome=gegrond&nature=bejegening" },
        { "/staff/cases/{0}?handler=assign", "assignee=" },
        { "/staff/cases/{0}?handler=note", "text=Gebeld met de melder" },
    };

    [Theory]
    [MemberData(nameof(CaseGetRoutes))]
    public async Task OtherOrganisationsCase_IsNotFound_OnEveryPage(string route)
    {
        var other = await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        var own = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);

        using var response = await officer.GetAsync(string.Format(CultureInfo.InvariantCulture, route, other.Reference));
        using var ownResponse = await officer.GetAsync(string.Format(CultureInfo.InvariantCulture, route, own.Reference));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(other.Reference, body, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Fields[CaseFieldNames.Name], body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
    }

    [Theory]
    [MemberData(nameof(CasePostRoutes))]
    public async Task OtherOrganisationsCase_IsNotFound_OnEveryHandler_AndStaysUnchanged(string route, string form)
    {
        var other = await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        var before = await factory.RecordAsync(other.Reference);

        using var response = await officer.PostFormAsync(string.Format(CultureInfo.InvariantCulture, route, other.Reference), Fields(form), tokenFrom: "/staff");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await factory.RecordAsync(other.Reference);
        Assert.Equal((before.Version, before.Case.Status, before.AssignedToId), (after.Version, after.Case.Status, after.AssignedToId));
        Assert.Equal(0, StaffChanges(await factory.TimelineAsync(other.Reference)));
    }

    [Theory]
    [MemberData(nameof(CasePostRoutes))]
    public async Task ReviewerOfOtherOrganisation_AlsoGetsNotFound_NotForbidden(string route, string form)
    {
        var other = await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        using var reviewer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Reviewer);

        using var response = await reviewer.PostFormAsync(string.Format(CultureInfo.InvariantCulture, route, other.Reference), Fields(form), tokenFrom: "/staff");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?organisation=blijf-groep")]
    [InlineData("?organisation=blijf-groep&status=nieuw&kind=klacht")]
    [InlineData("?mine=true")]
    [InlineData("?overdue=true")]
    public async Task OtherOrganisationsCase_NeverAppearsInTheList(string query)
    {
        var other = await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        var own = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);

        var page = await officer.GetPageAsync("/staff" + query);

        Assert.DoesNotContain(other.Reference, page, StringComparison.Ordinal);
        if (query.Length == 0)
        {
            Assert.Contains(own.Reference, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UsersPage_NeverShowsOrChangesAnotherOrganisationsStaff()
    {
        var otherEmail = await factory.CreateUserAsync(StaffWebCases.Blijf, StaffRoles.Officer);
        using var admin = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        var otherId = await UserIdAsync(otherEmail);

        var page = await admin.GetPageAsync("/staff/users");
        using var locked = await admin.PostFormAsync("/staff/users?handler=lock", [new("id", otherId)], tokenFrom: "/staff/users");
        using var role = await admin.PostFormAsync("/staff/users?handler=role", [new("id", otherId), new("role", StaffRoles.Admin)], tokenFrom: "/staff/users");

        Assert.DoesNotContain(otherEmail, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, locked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, role.StatusCode);
        using var other = factory.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await other.SignInAsync(otherEmail, StaffWebFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task EveryStaffEndpoint_HasATenancyCheck()
    {
        var endpoints = await StaffEndpoints.AllAsync(factory.Services);
        var names = endpoints.Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal);

        var unclassified = endpoints.Where(e => !e.NamesACase && !NonCaseEndpoints.ContainsKey(e.ToString())).Select(e => e.ToString()).ToList();
        var stale = NonCaseEndpoints.Keys.Where(name => !names.Contains(name)).ToList();

        Assert.True(unclassified.Count == 0, "Staff endpoints without a tenancy check (name a case with {reference}, or add a test and list it): " + string.Join(", ", unclassified));
        Assert.True(stale.Count == 0, "Listed endpoints that no longer exist: " + string.Join(", ", stale));
        Assert.True(endpoints.Count(e => e.NamesACase) >= 10, "Too few case endpoints found: " + string.Join(", ", endpoints));
    }

    [Fact]
    public async Task OtherOrganisationsCase_IsNotFound_OnEveryEnumeratedCaseEndpoint()
    {
        var other = await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        var own = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var admin = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        using var api = factory.CreateClient();
        var key = await factory.Services.GetRequiredService<IApiKeyStore>().CreateAsync(StaffWebCases.Kracht, "tenancy");
        api.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key.Secret);
        var before = await factory.RecordAsync(other.Reference);

        var failures = new List<string>();

        foreach (var endpoint in (await StaffEndpoints.AllAsync(factory.Services)).Where(e => e.NamesACase))
        {
            var client = endpoint.IsPage ? admin.Http : api;
            using var foreign = endpoint.Method == "POST"
                ? await admin.PostFormAsync(endpoint.PathFor(other.Reference), AnyCaseForm(other.Reference), tokenFrom: "/staff")
                : await client.GetAsync(endpoint.PathFor(other.Reference));
            var body = await foreign.Content.ReadAsStringAsync();
            if (foreign.StatusCode != HttpStatusCode.NotFound || body.Contains(other.Fields[CaseFieldNames.Name], StringComparison.Ordinal))
            {
                failures.Add($"{endpoint}: {(int)foreign.StatusCode} for another organisation's case");
            }

            if (endpoint.Method == "GET")
            {
                using var mine = await client.GetAsync(endpoint.PathFor(own.Reference));
                if (mine.StatusCode == HttpStatusCode.NotFound)
                {
                    failures.Add($"{endpoint}: 404 for the own organisation's case too, so the check above proves nothing");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        var after = await factory.RecordAsync(other.Reference);
        Assert.Equal((before.Version, before.Case.Status, before.AssignedToId), (after.Version, after.Case.Status, after.AssignedToId));
        Assert.Equal(0, StaffChanges(await factory.TimelineAsync(other.Reference)));
    }

    [Fact]
    public async Task AuditPage_ShowsOnlyTheOwnOrganisation()
    {
        var other = await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        using (var otherAdmin = await factory.SignedInAsync(StaffWebCases.Blijf, StaffRoles.Admin))
        {
            await otherAdmin.GetPageAsync("/staff/cases/" + other.Reference);
        }

        using var admin = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        var page = await admin.GetPageAsync("/staff/audit");
        var filtered = await admin.GetPageAsync("/staff/audit?reference=" + other.Reference);

        Assert.NotEmpty(await factory.AuditAsync(other.Reference));
        Assert.DoesNotContain(other.Reference, page, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Reference, filtered.Replace("value=\"" + other.Reference + "\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_CountOnlyTheOwnOrganisation()
    {
        using var admin = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        var year = StaffCasesYear();
        var path = string.Create(CultureInfo.InvariantCulture, $"/staff/reports/{year}.csv");
        var csvBefore = await admin.Http.GetByteArrayAsync(path);

        await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        var csvAfterOther = await admin.Http.GetByteArrayAsync(path);
        await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        var csvAfterOwn = await admin.Http.GetByteArrayAsync(path);

        Assert.Equal(csvBefore, csvAfterOther);
        Assert.NotEqual(csvBefore, csvAfterOwn);
    }

    [Fact]
    public async Task Api_ListsAndConversationLookups_ShowOnlyTheOwnOrganisation()
    {
        var other = await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        var own = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var api = factory.CreateClient();
        var key = await factory.Services.GetRequiredService<IApiKeyStore>().CreateAsync(StaffWebCases.Kracht, "tenancy-lists");
        api.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key.Secret);

        var register = await api.GetStringAsync("/api/staff/register?pageSize=200");
        var registerForOther = await api.GetStringAsync("/api/staff/register?organisation=blijf-groep&pageSize=200");
        using var byConversation = await api.GetAsync("/api/staff/cases?conversationId=" + other.ConversationId);
        var ownByConversation = await api.GetStringAsync("/api/staff/cases?conversationId=" + own.ConversationId);

        Assert.DoesNotContain(other.Reference, register, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Reference, registerForOther, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Reference, await byConversation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(own.Reference, ownByConversation, StringComparison.Ordinal);
    }

    // The values every case form handler reads; the erase confirmation retypes the reference, as a real attacker would.
    private static List<KeyValuePair<string, string>> AnyCaseForm(string reference) =>
    [
        new("status", "afgehandeld"), new("outcome", "gegrond"), new("nature", "bejegening"), new("version", "1"),
        new("assignee", ""), new("text", "Notitie"), new("confirmation", reference),
    ];

    // The outbox worker may add delivery entries at any moment; only staff actions count as changes.
    private static int StaffChanges(IEnumerable<IntakeBot.Casework.Register.TimelineEntry> timeline) =>
        timeline.Count(e => e.Type != "created" && !(e.ActorId ?? "").StartsWith("system:", StringComparison.Ordinal));

    private static int StaffCasesYear() => IntakeBot.Bot.Tests.Staff.StaffCases.Start.Year;

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        return (await accounts.FindByEmailAsync(email))!.Id;
    }

    private static List<KeyValuePair<string, string>> Fields(string form) =>
        [.. form.Split('&').Select(pair => pair.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1]))];
}
