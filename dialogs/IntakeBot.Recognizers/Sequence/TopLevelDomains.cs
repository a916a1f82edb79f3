namespace IntakeBot.Recognizers.Sequence;

/// <summary>
/// Top-level domains accepted in URLs: every two-letter country code plus the generic ones people actually type.
/// A bare "word.word" is only a URL when its last label is here, which keeps chat like "moe.ik" out.
/// </summary>
internal static class TopLevelDomains
{
    private static readonly HashSet<string> Known = new(
        ("ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz "
        + "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm "
        + "fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it "
        + "je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn "
        + "mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps "
        + "pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk "
        + "tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw "
        + "com net org info biz edu gov mil int name pro mobi app dev page online site website shop store tech blog "
        + "academy aws amsterdam frl brussels vlaanderen berlin london paris cloud digital email social media news live "
        + "life world today design studio agency company group network systems solutions services support center zone "
        + "club fun games xyz top link click help care health school education university jobs travel museum coop "
        + "aero io ai gg ly me tv fm nu")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsKnown(ReadOnlySpan<char> tld) => Lookup.Contains(tld);
}
