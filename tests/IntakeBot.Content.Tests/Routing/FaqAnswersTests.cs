using IntakeBot.Content.Routing;
using IntakeBot.Content.Tests.Support;

namespace IntakeBot.Content.Tests.Routing;

public sealed class FaqAnswersTests
{
    [Theory]
    [InlineData("kracht-den-haag", FaqTopic.Costs, "faq.costs")]
    [InlineData("blijf-groep", FaqTopic.Costs, "faq.costs")]
    [InlineData("cjg-westelijke-mijnstreek", FaqTopic.Costs, "faq.costs.not_stated")]
    [InlineData("zorgkracht12", FaqTopic.Costs, "faq.costs.not_stated")]
    [InlineData("kracht-den-haag", FaqTopic.Anonymity, "faq.anonymity notice.anonymity_not_allowed")]
    [InlineData("veilig-thuis-hollands-midden", FaqTopic.Anonymity, "faq.anonymity notice.anonymity_registered_only")]
    [InlineData("blijf-groep", FaqTopic.Anonymity, "faq.anonymity notice.anonymity_not_stated")]
    [InlineData("veilig-thuis-hollands-midden", FaqTopic.Duration, "faq.duration")]
    [InlineData("zorgkracht12", FaqTopic.Duration, "deadline.handling_not_stated")]
    [InlineData("kracht-den-haag", FaqTopic.Withdrawal, "faq.withdrawal.any_time_email")]
    [InlineData("blijf-groep", FaqTopic.Withdrawal, "faq.withdrawal.not_stated")]
    [InlineData("blijf-groep", FaqTopic.FileAccess, "faq.file_access")]
    [InlineData("kracht-den-haag", FaqTopic.FileAccess, "faq.file_access.not_stated")]
    [InlineData("kracht-den-haag", FaqTopic.Retention, "faq.retention.maximum")]
    [InlineData("blijf-groep", FaqTopic.Retention, "faq.retention")]
    [InlineData("veilig-thuis-hollands-midden", FaqTopic.Retention, "faq.retention.not_stated")]
    [InlineData("cjg-westelijke-mijnstreek", FaqTopic.Confidant, "faq.confidant")]
    [InlineData("cjg-westelijke-mijnstreek", FaqTopic.TalkFirst, "faq.talk_first")]
    public void Answers_from_the_stated_facts_only(string organisation, FaqTopic topic, string keys)
    {
        var answer = FaqAnswers.Answer(RepoContent.Catalog.Organisation(organisation), topic);

        Assert.Equal(keys, string.Join(' ', answer.Select(t => t.Key)));
        Assert.All(answer, t => Assert.True(RepoContent.Catalog.Texts.Contains("nl", t.Key), t.Key));
    }

    [Theory]
    [InlineData("kracht-den-haag", "2")]
    [InlineData("blijf-groep", "5")]
    public void Retention_says_the_years_of_the_seed(string organisation, string years)
    {
        var answer = Assert.Single(FaqAnswers.Answer(RepoContent.Catalog.Organisation(organisation), FaqTopic.Retention));
        Assert.Equal(years, answer.Arguments.Single(a => a.Name == "amount").Value);
    }
}
