using IntakeBot.Content.Loading;
using IntakeBot.Content.Tests.Support;

namespace IntakeBot.Content.Tests.Loading;

public sealed class BadContentTests
{
    private const string Kracht = "organisations/kracht-den-haag.yaml";

    [Fact]
    public void A_missing_text_key_names_the_file_path_and_key()
    {
        using var content = RepoContent.Copy();
        content.Replace(Kracht, "reasonKey: route.reason.call_first", "reasonKey: route.reason.does_not_exist");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == Kracht && p.Path == "/kinds/3/steps/0/reasonKey" && p.Reason.Contains("route.reason.does_not_exist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_missing_in_one_language_is_reported_for_that_language()
    {
        using var content = RepoContent.Copy();
        content.Replace("texts/en.yaml", "  faq.talk_first:", "  faq.talk_first_renamed:");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "texts/en.yaml" && p.Path == "/texts/faq.talk_first");
        Assert.Contains(problems, p => p.File == "texts/nl.yaml" && p.Path == "/texts/faq.talk_first_renamed");
    }

    [Fact]
    public void A_question_without_a_second_wording_fails()
    {
        using var content = RepoContent.Copy();
        content.Replace("texts/nl.yaml", "    retry: \"Kies een taal: Nederlands of Engels.\"\n", "");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "texts/nl.yaml" && p.Path == "/texts/question.welcome.language" && p.Reason.Contains("retry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_route_target_names_the_step()
    {
        using var content = RepoContent.Copy();
        content.Replace(Kracht, "destination: partner-commission, skippable: true", "destination: nowhere, skippable: true");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == Kracht && p.Path == "/kinds/2/steps/2/destination" && p.Reason.Contains("nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_contact_is_reported()
    {
        using var content = RepoContent.Copy();
        content.Replace("organisations/blijf-groep.yaml", "contact: klachtencommissie-poa", "contact: poa-typo");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "organisations/blijf-groep.yaml" && p.Path == "/destinations/2/contact");
    }

    [Fact]
    public void An_unknown_deadline_discrepancy_is_reported()
    {
        using var content = RepoContent.Copy();
        content.Replace("organisations/kracht-den-haag.yaml", "discrepancy: kracht-first-contact-start,", "discrepancy: kracht-typo,");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "organisations/kracht-den-haag.yaml" && p.Path == "/kinds/2/deadlines/2/discrepancy");
    }

    [Theory]
    [InlineData("unit: workdays, from: submission, textKey: deadline.first_contact", "unit: hours, from: submission, textKey: deadline.first_contact", "/kinds/0/deadlines/0/unit", "not one of")]
    [InlineData("anonymity: {rule: not-stated}\n    deadlines:", "anonymity: {rule: maybe}\n    deadlines:", "/kinds/0/anonymity/rule", "not one of")]
    [InlineData("  - {id: alkmaar, name: Alkmaar,", "  - {id: Alkmaar!, name: Alkmaar,", "/parts/0/id", "pattern")]
    [InlineData("costs: {stated: true, free: true,", "costs: {stated: yes-please, free: true,", "/costs/stated", "expected boolean")]
    [InlineData("retention: {stated: true, years: 5,", "retention: {stated: true, years: 5, colour: red,", "/retention/colour", "unknown property")]
    public void A_schema_violation_names_file_path_and_reason(string oldText, string newText, string path, string reason)
    {
        using var content = RepoContent.Copy();
        content.Replace("organisations/blijf-groep.yaml", oldText, newText);

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "organisations/blijf-groep.yaml" && p.Path == path && p.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_property_is_reported()
    {
        using var content = RepoContent.Copy();
        content.Replace("organisations/blijf-groep.yaml", "withdrawal: {stated: false}\n", "");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.Path == "" && p.Reason == "missing required property 'withdrawal'");
    }

    [Fact]
    public void Broken_yaml_reports_the_line()
    {
        using var content = RepoContent.Copy();
        content.Replace("calendar.yaml", "bevrijdingsdag: lustrum", "bevrijdingsdag: [lustrum");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "calendar.yaml" && p.Reason.StartsWith("YAML error", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_key_reports_the_line()
    {
        using var content = RepoContent.Copy();
        content.Replace("calendar.yaml", "goodFriday: true", "goodFriday: true\ngoodFriday: false");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "calendar.yaml" && p.Reason.Contains("line 7", StringComparison.Ordinal) && p.Reason.Contains("goodFriday", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_listed_in_one_exception()
    {
        using var content = RepoContent.Copy();
        content.Replace(Kracht, "reasonKey: route.reason.call_first", "reasonKey: route.reason.nope");
        content.Replace("organisations/cjg-westelijke-mijnstreek.yaml", "destination: manager, skippable: true", "destination: boss, skippable: true");

        var exception = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(content.Root));

        Assert.Contains("route.reason.nope", exception.Message, StringComparison.Ordinal);
        Assert.Contains("organisations/cjg-westelijke-mijnstreek.yaml /kinds/0/steps/1/destination", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_that_differs_from_the_id_is_reported()
    {
        using var content = RepoContent.Copy();
        File.Move(content.PathOf("organisations/blijf-groep.yaml"), content.PathOf("organisations/blijf.yaml"));

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "organisations/blijf.yaml" && p.Path == "/id");
    }

    [Fact]
    public void A_deadline_chained_to_an_unknown_deadline_is_reported()
    {
        using var content = RepoContent.Copy();
        content.Replace(Kracht, "unit: workdays, from: forwarding,", "unit: workdays, from: later,");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == Kracht && p.Path == "/kinds/2/deadlines/2/from");
    }

    [Fact]
    public void A_main_destination_without_a_verified_channel_is_reported()
    {
        using var content = RepoContent.Copy();
        content.Replace(Kracht, "      - {type: form, label: \"Klacht, signaal of compliment Kracht\", source:", "      - {type: form, verified: false, label: \"Klacht, signaal of compliment Kracht\", source:");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == Kracht && p.Path == "/kinds/2/steps/1/destination" && p.Reason.Contains("no verified channel", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_schema_is_a_content_problem()
    {
        using var content = RepoContent.Copy();
        File.Delete(content.PathOf("schemas/calendar.schema.json"));

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "calendar.yaml" && p.Reason.Contains("schemas/calendar.schema.json", StringComparison.Ordinal));
    }

    private static IReadOnlyList<ContentProblem> Problems(TempContent content) =>
        Assert.Throws<ContentValidationException>(() => ContentLoader.Load(content.Root)).Problems;
}
