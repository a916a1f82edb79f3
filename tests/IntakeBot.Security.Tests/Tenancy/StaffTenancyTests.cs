using System.Net;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Staff.Web;

/// <summary>Staff of one organisation never see or change another's case: every case route answers 404, lists leave it out.</summary>
public sealed class TenancyTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
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

        using var response = await officer.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, other.Reference));
        using var ownResponse = await officer.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, own.Reference));

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

        using var response = await officer.PostFormAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, other.Reference), Fields(form), tokenFrom: "/staff");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await factory.RecordAsync(other.Reference);
        Assert.Equal((before.Version, before.Case.Status, before.AssignedToId), (after.Version, after.Case.Status, after.AssignedToId));
        Assert.Single(await factory.TimelineAsync(other.Reference));
    }

    [Theory]
    [MemberData(nameof(CasePostRoutes))]
    public async Task ReviewerOfOtherOrganisation_AlsoGetsNotFound_NotForbidden(string route, string form)
    {
        var other = await StaffWebCases.AddAsync(factory, StaffWebCases.Blijf);
        using var reviewer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Reviewer);

        using var response = await reviewer.PostFormAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, other.Reference), Fields(form), tokenFrom: "/staff");

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

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        return (await accounts.FindByEmailAsync(email))!.Id;
    }

    private static List<KeyValuePair<string, string>> Fields(string form) =>
        [.. form.Split('&').Select(pair => pair.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1]))];
}
