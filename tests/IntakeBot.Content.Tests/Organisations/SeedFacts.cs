using IntakeBot.Content.Model;

namespace IntakeBot.Content.Tests.Organisations;

/// <summary>The seed facts per organisation (seed file and section in the name), checked against the loaded content.</summary>
internal static class SeedFacts
{
    public static readonly IReadOnlyDictionary<string, SeedFact> All = new Dictionary<string, SeedFact>
    {
        // 000 CJG Westelijke Mijnstreek
        ["cjg: post address (Schriftelijk uw klacht indienen)"] = Fact("cjg-westelijke-mijnstreek", o => Channel(o, "klachtencoordinator", ChannelType.Post), "CJG Westelijke Mijnstreek, t.a.v. kwaliteitsmedewerker, Postbus 110, 6160 AC Geleen"),
        ["cjg: form preferred"] = Fact("cjg-westelijke-mijnstreek", o => o.FindDestination("klachtencoordinator")!.Channels!.Single(c => c.Type == ChannelType.Form).Preferred.ToString(), "True"),
        ["cjg: acknowledgement within a week"] = Fact("cjg-westelijke-mijnstreek", o => Deadline(o, Kind.Klacht, "acknowledgement"), "1 Weeks"),
        ["cjg: required fields"] = Fact("cjg-westelijke-mijnstreek", o => Join(o.RulesFor(Kind.Klacht)[0].Fields.Required), "name address city phone email description employee location eventDate eventTime shouldHaveHappened"),
        ["cjg: who may complain"] = Fact("cjg-westelijke-mijnstreek", o => Join(o.WhoMayComplain.Relations!), "client representative"),
        ["cjg: external commission"] = Fact("cjg-westelijke-mijnstreek", (o, c) => Channel(c.Contacts[o.FindDestination("provinciale-klachtencommissie")!.Contact!]), "Provinciale Klachtencommissie, Ruijsstraat 20, 5981 CM Panningen"),
        ["cjg: steps in order"] = Fact("cjg-westelijke-mijnstreek", o => Steps(o, Kind.Klacht), "talk-employee? talk-manager? written-complaint external-commission?"),
        ["cjg: AKJ recorded as Jeugdstem"] = Fact("cjg-westelijke-mijnstreek", o => o.Confidants.Single().Discrepancy, "cjg-akj-is-jeugdstem"),
        ["cjg: no retention, withdrawal or anonymity rule stated"] = Fact("cjg-westelijke-mijnstreek", o => $"{o.Retention.Stated} {o.Withdrawal.Stated} {o.RulesFor(Kind.Klacht)[0].Anonymity.Rule}", "False False NotStated"),
        ["cjg: only klacht described"] = Fact("cjg-westelijke-mijnstreek", o => Join(o.Kinds.Select(k => k.Kind.ToString())), "Klacht"),
        // 001 Zorgkracht 12
        ["zorgkracht12: two schemes"] = Fact("zorgkracht12", o => Join(o.RulesFor(Kind.Klacht).Select(k => k.Scheme!)), "jeugdwet wmo"),
        ["zorgkracht12: wmo steps"] = Fact("zorgkracht12", o => Steps(o, Kind.Klacht, "wmo"), "talk-person-or-manager? appointment-chair? file-with-kpz geschillencommissie? igj-information?"),
        ["zorgkracht12: kpz form"] = Fact("zorgkracht12", (o, c) => c.Contacts["klachtenportaal-zorg"].Channels.Single(x => x.Type == ChannelType.Form).Url, "https://klachtenportaalzorg.nl/klacht-indienen"),
        ["zorgkracht12: kpz phone hours"] = Fact("zorgkracht12", (o, c) => c.Contacts["klachtenportaal-zorg"].Channels.Single(x => x.Type == ChannelType.Phone).Hours, "09:00-12:00"),
        ["zorgkracht12: kpz e-mail"] = Fact("zorgkracht12", (o, c) => Channel(c.Contacts["klachtenportaal-zorg"], ChannelType.Email), "info@klachtenportaalzorg.nl"),
        ["zorgkracht12: Enkhuzen recorded"] = Fact("zorgkracht12", o => o.Discrepancies.Single(d => d.Id == "zorgkracht12-enkhuzen").SeedText, "Westeinde 14a, 1601 BJ Enkhuzen"),
        ["zorgkracht12: Jeugdstem under 18 recorded"] = Fact("zorgkracht12", o => o.Confidants.Single(c => c.Destination == "jeugdstem").Discrepancy, "zorgkracht12-jeugdstem-under-18"),
        ["zorgkracht12: zorgbelang groningen phone"] = Fact("zorgkracht12", (o, c) => Channel(c.Contacts["zorgbelang-groningen"], ChannelType.Phone), "(050) 571 39 99"),
        ["zorgkracht12: zorgbelang drenthe phone"] = Fact("zorgkracht12", (o, c) => Channel(c.Contacts["zorgbelang-drenthe"], ChannelType.Phone), "(050) 727 15 00"),
        ["zorgkracht12: no deadlines stated"] = Fact("zorgkracht12", o => o.Kinds.Sum(k => k.Deadlines.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), "0"),
        ["zorgkracht12: Wkkgz discrepancy recorded"] = Fact("zorgkracht12", o => o.Discrepancies.Any(d => d.Id == "zorgkracht12-wkkgz-links").ToString(), "True"),
        // 002 Kracht
        ["kracht: five partners (§1)"] = Fact("kracht-den-haag", o => Join(o.Parts.Select(p => p.Name)), "Family Supporters Includio Yoep impegno Mentaal Beter"),
        ["kracht: both e-mail spellings, unverified (§3.3.1, §3.4)"] = Fact("kracht-den-haag", o => Join(o.FindDestination("kracht")!.Channels!.Where(c => c.Type == ChannelType.Email).Select(c => $"{c.Value}:{c.Verified}")), "klachten@krachtdenhaag.nl:False klachten@kracht-denhaag.nl:False"),
        ["kracht: acknowledgement 1 workday (§3.4)"] = Fact("kracht-den-haag", o => Deadline(o, Kind.Klacht, "acknowledgement"), "1 Workdays"),
        ["kracht: forwarding 2 workdays (§3.3.1)"] = Fact("kracht-den-haag", o => Deadline(o, Kind.Klacht, "forwarding"), "2 Workdays"),
        ["kracht: first contact 5 workdays (§3.4)"] = Fact("kracht-den-haag", o => Deadline(o, Kind.Klacht, "first-contact"), "5 Workdays"),
        ["kracht: first contact start not stated, recorded (§3.4)"] = Fact("kracht-den-haag", o => o.RulesFor(Kind.Klacht)[0].Deadlines.Single(d => d.Id == "first-contact").Discrepancy, "kracht-first-contact-start"),
        ["kracht: anonymous not possible (§3.2)"] = Fact("kracht-den-haag", o => o.RulesFor(Kind.Klacht)[0].Anonymity.Rule.ToString(), "NotAllowed"),
        ["kracht: minors with an adult (§3.2)"] = Fact("kracht-den-haag", o => o.WhoMayComplain.Minors, "with-adult"),
        ["kracht: written consent (§5.2)"] = Fact("kracht-den-haag", o => o.RulesFor(Kind.Klacht)[0].Consent.Rule, "written-before-sharing"),
        ["kracht: retention at most 2 years (§5.3)"] = Fact("kracht-den-haag", o => $"{o.Retention.Years} {o.Retention.Maximum} {o.Retention.Extendable} {o.Retention.SeparateFromClientFile}", "2 True True True"),
        ["kracht: no costs, Jeugdstem included (§5.4)"] = Fact("kracht-den-haag", o => $"{o.Costs.Free} {o.Costs.IncludesConfidant}", "True True"),
        ["kracht: withdraw any time by e-mail with reason (§3.6)"] = Fact("kracht-den-haag", o => $"{o.Withdrawal.When} {o.Withdrawal.How}", "any-time email-with-reason"),
        ["kracht: no bezwaar after the external commission (§3.5)"] = Fact("kracht-den-haag", o => o.Appeal.AfterExternalCommission, "none"),
        ["kracht: decision within 8 weeks (§2.3)"] = Fact("kracht-den-haag", o => o.RulesFor(Kind.Bezwaar)[0].DecisionTermWeeks!.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), "8"),
        ["kracht: bezwaar term 6 weeks also from seed §2.3"] = Fact("kracht-den-haag", (o, c) => $"{c.Bezwaar.Term.Amount} {c.Bezwaar.Term.Unit} {c.Bezwaar.Term.Source.Contains("002_bf63f98e86ab8d1f.txt § 2.3 Bezwaar", StringComparison.Ordinal)}", "6 Weeks True"),
        ["kracht: beslissing op bezwaar and hoorzitting (§2.3)"] = Fact("kracht-den-haag", o => o.RulesFor(Kind.Bezwaar)[0].Steps[^1].Id, "decision-on-bezwaar"),
        ["kracht: bezwaar municipality Den Haag (§2.3)"] = Fact("kracht-den-haag", o => o.DefaultMunicipality, "den-haag"),
        ["kracht: kinds (§2)"] = Fact("kracht-den-haag", o => Join(o.Kinds.Select(k => k.Kind.ToString())), "Compliment Signaal Klacht Bezwaar"),
        // 003 Veilig Thuis Hollands Midden
        ["vthm: compliment e-mail"] = Fact("veilig-thuis-hollands-midden", o => Channel(o, "info", ChannelType.Email), "info@veiligthuishm.nl"),
        ["vthm: complaint e-mail"] = Fact("veilig-thuis-hollands-midden", o => Channel(o, "hecht-klachtenfunctionaris", ChannelType.Email), "klachtenopvang@wijzijnhecht.nl"),
        ["vthm: complaint post"] = Fact("veilig-thuis-hollands-midden", o => Channel(o, "hecht-klachtenfunctionaris", ChannelType.Post), "Hecht, t.a.v. de klachtenfunctionaris, Postbus 121, 2300 AC Leiden"),
        ["vthm: handling 6 weeks, extension possible"] = Fact("veilig-thuis-hollands-midden", o => Deadline(o, Kind.Klacht, "handling") + " " + o.RulesFor(Kind.Klacht)[0].Deadlines[0].ExtensionPossible, "6 Weeks True"),
        ["vthm: commission about 10 weeks"] = Fact("veilig-thuis-hollands-midden", o => Deadline(o, Kind.Klacht, "commission") + " " + o.RulesFor(Kind.Klacht)[0].Deadlines[1].Approximate, "10 Weeks True"),
        ["vthm: commission start not stated, recorded"] = Fact("veilig-thuis-hollands-midden", o => o.RulesFor(Kind.Klacht)[0].Deadlines[1].Discrepancy, "vthm-commission-time-approximate"),
        ["vthm: no appeal after the commission stated"] = Fact("veilig-thuis-hollands-midden", o => o.Appeal.Stated.ToString(), "False"),
        ["vthm: commission advises, the director decides"] = Fact("veilig-thuis-hollands-midden", o => o.RulesFor(Kind.Klacht)[0].Steps.Single(s => s.Id == "external-commission").ReasonKey, "route.reason.external_commission_advice"),
        ["vthm: anonymous registered, not handled"] = Fact("veilig-thuis-hollands-midden", o => o.RulesFor(Kind.Klacht)[0].Anonymity.Rule.ToString(), "RegisteredNotHandled"),
        ["vthm: required fields"] = Fact("veilig-thuis-hollands-midden", o => Join(o.RulesFor(Kind.Klacht)[0].Fields.Required) + " / " + Join(o.RulesFor(Kind.Klacht)[0].Fields.Optional), "name address description / eventDate employee"),
        ["vthm: jeugdstem phone"] = Fact("veilig-thuis-hollands-midden", (o, c) => Channel(c.Contacts[o.FindDestination("jeugdstem")!.Contact!], ChannelType.Phone), "088 555 1000"),
        ["vthm: commission directly allowed"] = Fact("veilig-thuis-hollands-midden", o => o.RulesFor(Kind.Klacht)[0].Steps.Single(s => s.Id == "external-commission").DirectAccess.ToString(), "True"),
        // 004 Blijf Groep
        ["blijf: six locations"] = Fact("blijf-groep", o => Join(o.Parts.Select(p => p.Id)), "alkmaar amsterdam almere haarlem zaanstreek veilig-thuis-flevoland"),
        ["blijf: e-mail"] = Fact("blijf-groep", o => Channel(o, "klachtenfunctionaris", ChannelType.Email), "klacht@blijfgroep.nl"),
        ["blijf: post"] = Fact("blijf-groep", o => Channel(o, "klachtenfunctionaris", ChannelType.Post), "Blijf Groep, t.a.v. de Klachtenfunctionaris, Postbus 2938, 1000 CX Amsterdam"),
        ["blijf: first contact 5 workdays"] = Fact("blijf-groep", o => Deadline(o, Kind.Klacht, "first-contact"), "5 Workdays"),
        ["blijf: no contact for the cliëntvertrouwenspersoon, interpretation recorded"] = Fact("blijf-groep", o => o.FindDestination("client-confidant")!.Channels!.Single().Discrepancy, "blijf-client-confidant-contact"),
        ["blijf: retention 5 years"] = Fact("blijf-groep", o => o.Retention.Years?.ToString(System.Globalization.CultureInfo.InvariantCulture), "5"),
        ["blijf: who may complain"] = Fact("blijf-groep", o => Join(o.WhoMayComplain.Relations!), "client partner ex-partner child family-member"),
        ["blijf: required letter fields"] = Fact("blijf-groep", o => Join(o.RulesFor(Kind.Klacht)[0].Fields.Required), "date name address phone email role description part"),
        ["blijf: POA website"] = Fact("blijf-groep", (o, c) => c.Contacts["klachtencommissie-poa"].Channels.Single().Url, "https://www.klachtencommissiepoa.nl"),
        ["blijf: free, confidant too"] = Fact("blijf-groep", o => $"{o.Costs.Free} {o.Costs.IncludesConfidant}", "True True"),
        ["blijf: file access by e-mail"] = Fact("blijf-groep", o => o.FileAccess!.Value, "klacht@blijfgroep.nl"),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    private static SeedFact Fact(string organisation, Func<Organisation, string?> actual, string? expected) =>
        new(organisation, c => actual(c.Organisation(organisation)), expected);

    private static SeedFact Fact(string organisation, Func<Organisation, ContentCatalog, string?> actual, string? expected) =>
        new(organisation, c => actual(c.Organisation(organisation), c), expected);

    private static string Join(IEnumerable<string> values) => string.Join(' ', values);

    private static string? Channel(Organisation o, string destination, ChannelType type = ChannelType.Post) =>
        o.FindDestination(destination)!.Channels!.Single(c => c.Type == type).Value;

    private static string? Channel(Contact contact, ChannelType type = ChannelType.Post) =>
        contact.Channels.First(c => c.Type == type).Value;

    private static string Deadline(Organisation o, Kind kind, string id)
    {
        var deadline = o.RulesFor(kind)[0].Deadlines.Single(d => d.Id == id);
        return $"{deadline.Amount} {deadline.Unit}";
    }

    private static string Steps(Organisation o, Kind kind, string? scheme = null) =>
        Join(o.RulesFor(kind).Single(k => scheme is null || k.Scheme == scheme).Steps.Select(s => s.Id + (s.Skippable ? "?" : "")));
}
