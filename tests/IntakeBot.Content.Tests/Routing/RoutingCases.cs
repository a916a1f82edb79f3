using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;

namespace IntakeBot.Content.Tests.Routing;

/// <summary>The situations, by name. Reference date 2025-12-22 is a Monday before Christmas unless stated.</summary>
internal static class RoutingCases
{
    private const string Kracht = "kracht-den-haag";
    private const string Cjg = "cjg-westelijke-mijnstreek";
    private const string Zk = "zorgkracht12";
    private const string Vt = "veilig-thuis-hollands-midden";
    private const string Blijf = "blijf-groep";
    private const string Monday = "2025-12-22";
    private const string HandlingNotStated = "deadline.handling_not_stated";
    private const string Consent = "notice.consent_written";
    private const string NotProvider = "notice.bezwaar_not_provider";

    private static readonly RoutingAnswers Young = new(Role.YoungPerson);
    private static readonly RoutingAnswers Parent = new(Role.ParentOrCarer, AgeGroup.Under18);

    public static readonly IReadOnlyDictionary<string, RoutingCase> All = new Dictionary<string, RoutingCase>
    {
        // Kracht klacht: acknowledgement 1 workday, forwarding 2 workdays, first contact 5 workdays after forwarding (§3.3.1, §3.4).
        ["kracht klacht young person"] = new(Kracht, Kind.Klacht, Young, Monday,
            "talk-practitioner:Optional file-with-kracht:Required external-commission:Later",
            "acknowledgement=2025-12-23 forwarding=2025-12-24 first-contact=2026-01-05", [HandlingNotStated, Consent], "kracht"),
        ["kracht klacht already talked"] = new(Kracht, Kind.Klacht, Young with { AlreadyTalkedToEmployee = true }, Monday,
            "talk-practitioner:Done file-with-kracht:Required external-commission:Later",
            "acknowledgement=2025-12-23 forwarding=2025-12-24 first-contact=2026-01-05", [HandlingNotStated, Consent], "kracht"),
        ["kracht klacht anonymous"] = new(Kracht, Kind.Klacht, Young with { WantsAnonymity = true }, Monday,
            "talk-practitioner:Optional file-with-kracht:Required external-commission:Later",
            "acknowledgement=2025-12-23 forwarding=2025-12-24 first-contact=2026-01-05", ["notice.anonymity_not_allowed", HandlingNotStated, Consent], "kracht"),
        ["kracht klacht straight to commission"] = new(Kracht, Kind.Klacht, Young with { WantsExternalCommission = true }, Monday,
            "talk-practitioner:Skipped file-with-kracht:Skipped external-commission:Required", "", [Consent], "partner-commission"),
        ["kracht klacht under 18"] = new(Kracht, Kind.Klacht, Young with { AgeGroup = AgeGroup.Under18 }, Monday,
            "talk-practitioner:Optional file-with-kracht:Required external-commission:Later",
            "acknowledgement=2025-12-23 forwarding=2025-12-24 first-contact=2026-01-05", [HandlingNotStated, "notice.minor_with_adult", Consent], "kracht"),
        ["kracht klacht professional"] = new(Kracht, Kind.Klacht, new(Role.Professional), Monday,
            "talk-practitioner:Optional file-with-kracht:Required external-commission:Later",
            "acknowledgement=2025-12-23 forwarding=2025-12-24 first-contact=2026-01-05", [HandlingNotStated, "notice.who_check", Consent], "kracht"),
        ["kracht klacht parent of a minor"] = new(Kracht, Kind.Klacht, Parent, Monday,
            "talk-practitioner:Optional file-with-kracht:Required external-commission:Later",
            "acknowledgement=2025-12-23 forwarding=2025-12-24 first-contact=2026-01-05", [HandlingNotStated, Consent], "kracht"),
        ["kracht klacht before Koningsdag 2026"] = new(Kracht, Kind.Klacht, Young, "2026-04-24",
            "talk-practitioner:Optional file-with-kracht:Required external-commission:Later",
            "acknowledgement=2026-04-28 forwarding=2026-04-29 first-contact=2026-05-06", [HandlingNotStated, Consent], "kracht"),
        ["kracht klacht on Christmas Eve"] = new(Kracht, Kind.Klacht, Young, "2025-12-24",
            "talk-practitioner:Optional file-with-kracht:Required external-commission:Later",
            "acknowledgement=2025-12-29 forwarding=2025-12-30 first-contact=2026-01-07", [HandlingNotStated, Consent], "kracht"),
        ["kracht compliment"] = new(Kracht, Kind.Compliment, Young, Monday,
            "tell-practitioner:Optional website-form:Required", "", [], "kracht"),
        ["kracht signaal"] = new(Kracht, Kind.Signaal, Parent, Monday,
            "website-form:Required", "", [], "kracht"),
        ["kracht signaal anonymous"] = new(Kracht, Kind.Signaal, Young with { WantsAnonymity = true }, Monday,
            "website-form:Required", "", ["notice.anonymity_not_stated"], "kracht"),
        ["kracht idee is not in the regulation"] = new(Kracht, Kind.Idee, Young, Monday,
            "ask-organisation:Required", "", [], "kracht"),
        // Bezwaar: 6 weeks from the day after sending = same weekday 6 weeks after the decision date.
        ["kracht bezwaar in time"] = new(Kracht, Kind.Bezwaar, Parent with { DecisionDate = new DateOnly(2025, 12, 1) }, Monday,
            "call-first:Optional municipality:Required decision-on-bezwaar:Later jeugdstem-help:Optional", "bezwaar=2026-01-12", [NotProvider], "den-haag"),
        ["kracht bezwaar late"] = new(Kracht, Kind.Bezwaar, Parent with { DecisionDate = new DateOnly(2025, 10, 1) }, Monday,
            "call-first:Optional municipality:Required decision-on-bezwaar:Later jeugdstem-help:Optional", "bezwaar=2025-11-12", [NotProvider, "notice.bezwaar_late"], "den-haag"),
        ["kracht bezwaar last day"] = new(Kracht, Kind.Bezwaar, Parent with { DecisionDate = new DateOnly(2025, 11, 10) }, Monday,
            "call-first:Optional municipality:Required decision-on-bezwaar:Later jeugdstem-help:Optional", "bezwaar=2025-12-22", [NotProvider], "den-haag"),
        ["kracht bezwaar one working day late"] = new(Kracht, Kind.Bezwaar, Parent with { DecisionDate = new DateOnly(2025, 11, 7) }, Monday,
            "call-first:Optional municipality:Required decision-on-bezwaar:Later jeugdstem-help:Optional", "bezwaar=2025-12-19", [NotProvider, "notice.bezwaar_late"], "den-haag"),
        // Algemene termijnenwet art. 1: the term would end on Sunday 21 December, so it runs to Monday 22 December: in time.
        ["kracht bezwaar term ends on a sunday"] = new(Kracht, Kind.Bezwaar, Parent with { DecisionDate = new DateOnly(2025, 11, 9) }, Monday,
            "call-first:Optional municipality:Required decision-on-bezwaar:Later jeugdstem-help:Optional", "bezwaar=2025-12-22", [NotProvider], "den-haag"),
        ["kracht bezwaar no date"] = new(Kracht, Kind.Bezwaar, Parent, Monday,
            "call-first:Optional municipality:Required decision-on-bezwaar:Later jeugdstem-help:Optional", "", [NotProvider, "notice.bezwaar_date_unknown"], "den-haag"),
        ["kracht bezwaar anonymous"] = new(Kracht, Kind.Bezwaar, Young with { WantsAnonymity = true, DecisionDate = new DateOnly(2025, 12, 15) }, Monday,
            "call-first:Optional municipality:Required decision-on-bezwaar:Later jeugdstem-help:Optional", "bezwaar=2026-01-26", [NotProvider, "notice.anonymity_not_allowed"], "den-haag"),
        ["kracht bezwaar already called"] = new(Kracht, Kind.Bezwaar, Parent with { AlreadyTalkedToEmployee = true, DecisionDate = new DateOnly(2025, 12, 1) }, Monday,
            "call-first:Optional municipality:Required decision-on-bezwaar:Later jeugdstem-help:Optional", "bezwaar=2026-01-12", [NotProvider], "den-haag"),
        // CJG: employee, manager, written complaint (acknowledgement within a week), Provinciale Klachtencommissie.
        ["cjg klacht"] = new(Cjg, Kind.Klacht, Parent, Monday,
            "talk-employee:Optional talk-manager:Optional written-complaint:Required external-commission:Later",
            "acknowledgement=2025-12-29", [HandlingNotStated], "klachtencoordinator"),
        ["cjg klacht already talked"] = new(Cjg, Kind.Klacht, Parent with { AlreadyTalkedToEmployee = true }, Monday,
            "talk-employee:Done talk-manager:Optional written-complaint:Required external-commission:Later",
            "acknowledgement=2025-12-29", [HandlingNotStated], "klachtencoordinator"),
        ["cjg klacht straight to commission"] = new(Cjg, Kind.Klacht, Parent with { WantsExternalCommission = true }, Monday,
            "talk-employee:Skipped talk-manager:Skipped written-complaint:Skipped external-commission:Required", "", [], "provinciale-klachtencommissie"),
        ["cjg klacht anonymous"] = new(Cjg, Kind.Klacht, Young with { WantsAnonymity = true }, Monday,
            "talk-employee:Optional talk-manager:Optional written-complaint:Required external-commission:Later",
            "acknowledgement=2025-12-29", ["notice.anonymity_not_stated", HandlingNotStated], "klachtencoordinator"),
        ["cjg klacht professional"] = new(Cjg, Kind.Klacht, new(Role.Professional), Monday,
            "talk-employee:Optional talk-manager:Optional written-complaint:Required external-commission:Later",
            "acknowledgement=2025-12-29", [HandlingNotStated, "notice.who_check"], "klachtencoordinator"),
        ["cjg bezwaar unknown municipality"] = new(Cjg, Kind.Bezwaar, Parent with { DecisionDate = new DateOnly(2025, 12, 19) }, Monday,
            "municipality:Required jeugdstem-help:Optional", "bezwaar=2026-01-30", [NotProvider, "notice.bezwaar_municipality_unknown"], "municipality"),
        ["cjg bezwaar den haag"] = new(Cjg, Kind.Bezwaar, Parent with { Municipality = "den-haag", DecisionDate = new DateOnly(2025, 12, 19) }, Monday,
            "municipality:Required jeugdstem-help:Optional", "bezwaar=2026-01-30", [NotProvider], "den-haag"),
        ["cjg compliment is not in the regulation"] = new(Cjg, Kind.Compliment, Young, Monday, "ask-organisation:Required", "", [], "klachtencoordinator"),
        ["cjg signaal is not in the regulation"] = new(Cjg, Kind.Signaal, Young, Monday, "ask-organisation:Required", "", [], "klachtencoordinator"),
        // Zorgkracht 12: Jeugdwet straight to KPZ; Wmo person/manager, chair, KPZ mediation, geschillencommissie. No deadlines stated.
        ["zorgkracht12 klacht jeugdwet"] = new(Zk, Kind.Klacht, Young with { Scheme = "jeugdwet" }, Monday,
            "file-with-kpz:Required igj-information:Later", "", [HandlingNotStated], "kpz"),
        ["zorgkracht12 klacht wmo"] = new(Zk, Kind.Klacht, new RoutingAnswers(Role.Other, AgeGroup.Adult, Scheme: "wmo"), Monday,
            "talk-person-or-manager:Optional appointment-chair:Optional file-with-kpz:Required geschillencommissie:Later igj-information:Later", "", [HandlingNotStated], "kpz"),
        ["zorgkracht12 klacht minor without scheme"] = new(Zk, Kind.Klacht, Young with { AgeGroup = AgeGroup.Under18 }, Monday,
            "file-with-kpz:Required igj-information:Later", "", ["notice.scheme_assumed", HandlingNotStated], "kpz"),
        ["zorgkracht12 klacht parent of a minor without scheme"] = new(Zk, Kind.Klacht, Parent, Monday,
            "file-with-kpz:Required igj-information:Later", "", ["notice.scheme_assumed", HandlingNotStated], "kpz"),
        ["zorgkracht12 klacht adult without scheme"] = new(Zk, Kind.Klacht, new RoutingAnswers(Role.Other, AgeGroup.Adult), Monday,
            "talk-person-or-manager:Optional appointment-chair:Optional file-with-kpz:Required geschillencommissie:Later igj-information:Later", "", ["notice.scheme_assumed", HandlingNotStated], "kpz"),
        ["zorgkracht12 klacht wmo straight to kpz"] = new(Zk, Kind.Klacht, new RoutingAnswers(Role.Other, AgeGroup.Adult, WantsExternalCommission: true, Scheme: "wmo"), Monday,
            "talk-person-or-manager:Skipped appointment-chair:Skipped file-with-kpz:Required geschillencommissie:Later igj-information:Later", "", [HandlingNotStated], "kpz"),
        ["zorgkracht12 klacht wmo already talked"] = new(Zk, Kind.Klacht, new RoutingAnswers(Role.Other, AgeGroup.Adult, AlreadyTalkedToEmployee: true, Scheme: "wmo"), Monday,
            "talk-person-or-manager:Done appointment-chair:Optional file-with-kpz:Required geschillencommissie:Later igj-information:Later", "", [HandlingNotStated], "kpz"),
        ["zorgkracht12 bezwaar"] = new(Zk, Kind.Bezwaar, Parent with { DecisionDate = new DateOnly(2025, 12, 22) }, Monday,
            "municipality:Required jeugdstem-help:Optional", "bezwaar=2026-02-02", [NotProvider, "notice.bezwaar_municipality_unknown"], "municipality"),
        // Veilig Thuis Hollands Midden: handled within 6 weeks (extension possible); commission about 10 weeks.
        ["veilig thuis klacht"] = new(Vt, Kind.Klacht, Parent, Monday,
            "talk-employee-or-manager:Optional file-with-hecht:Required external-commission:Later", "handling=2026-02-02", ["deadline.extension_possible"], "hecht-klachtenfunctionaris"),
        ["veilig thuis klacht straight to commission"] = new(Vt, Kind.Klacht, Parent with { WantsExternalCommission = true }, Monday,
            "talk-employee-or-manager:Skipped file-with-hecht:Skipped external-commission:Required", "commission=2026-03-02", [], "klachtencommissie-veilig-thuis"),
        ["veilig thuis klacht anonymous"] = new(Vt, Kind.Klacht, Young with { WantsAnonymity = true }, Monday,
            "talk-employee-or-manager:Optional file-with-hecht:Required external-commission:Later", "handling=2026-02-02", ["deadline.extension_possible", "notice.anonymity_registered_only"], "hecht-klachtenfunctionaris"),
        ["veilig thuis compliment"] = new(Vt, Kind.Compliment, Young, Monday, "tell-staff:Optional email-info:Required", "", [], "info"),
        ["veilig thuis idee"] = new(Vt, Kind.Idee, new(Role.Professional), Monday, "tell-staff:Optional email-info:Required", "", [], "info"),
        ["veilig thuis signaal is not in the regulation"] = new(Vt, Kind.Signaal, Young, Monday, "ask-organisation:Required", "", [], "info"),
        ["veilig thuis bezwaar late"] = new(Vt, Kind.Bezwaar, Parent with { DecisionDate = new DateOnly(2025, 9, 1) }, Monday,
            "municipality:Required jeugdstem-help:Optional", "bezwaar=2025-10-13", [NotProvider, "notice.bezwaar_municipality_unknown", "notice.bezwaar_late"], "municipality"),
        // Blijf Groep: klachtenfunctionaris contacts within 5 workdays; POA directly allowed.
        ["blijf klacht"] = new(Blijf, Kind.Klacht, new(Role.Other, AgeGroup.Adult), Monday,
            "talk-employee:Optional file-with-klachtenfunctionaris:Required external-commission:Later", "first-contact=2025-12-31", [HandlingNotStated], "klachtenfunctionaris"),
        ["blijf klacht on Christmas Eve"] = new(Blijf, Kind.Klacht, new(Role.Other, AgeGroup.Adult), "2025-12-24",
            "talk-employee:Optional file-with-klachtenfunctionaris:Required external-commission:Later", "first-contact=2026-01-05", [HandlingNotStated], "klachtenfunctionaris"),
        ["blijf klacht straight to poa"] = new(Blijf, Kind.Klacht, new(Role.Other, AgeGroup.Adult, WantsExternalCommission: true), Monday,
            "talk-employee:Skipped file-with-klachtenfunctionaris:Skipped external-commission:Required", "", [], "poa"),
        ["blijf klacht professional"] = new(Blijf, Kind.Klacht, new(Role.Professional), Monday,
            "talk-employee:Optional file-with-klachtenfunctionaris:Required external-commission:Later", "first-contact=2025-12-31", [HandlingNotStated], "klachtenfunctionaris"),
        ["blijf klacht anonymous"] = new(Blijf, Kind.Klacht, Young with { WantsAnonymity = true }, Monday,
            "talk-employee:Optional file-with-klachtenfunctionaris:Required external-commission:Later", "first-contact=2025-12-31", ["notice.anonymity_not_stated", HandlingNotStated], "klachtenfunctionaris"),
        ["blijf klacht in Bevrijdingsdag 2025 week"] = new(Blijf, Kind.Klacht, Young, "2025-05-01",
            "talk-employee:Optional file-with-klachtenfunctionaris:Required external-commission:Later", "first-contact=2025-05-09", [HandlingNotStated], "klachtenfunctionaris"),
        ["blijf compliment is not in the regulation"] = new(Blijf, Kind.Compliment, Young, Monday, "ask-organisation:Required", "", [], "klachtenfunctionaris"),
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
}
