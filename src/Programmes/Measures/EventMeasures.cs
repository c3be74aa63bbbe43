using StPlatform.Programmes.Indicators;

namespace StPlatform.Programmes.Measures;

/// <summary>An indicator's value from facts, with the facts it was counted from.</summary>
public sealed record MeasureResult(decimal Value, IReadOnlyList<MeasureFact> Provenance);

/// <summary>
/// How each event measure counts its facts up to the end of a year. Each is a function of the set
/// of facts alone, never of their arrival order, so duplicates and late arrivals converge.
/// </summary>
public static class EventMeasures
{
    public static IReadOnlyList<FactKind> KindsOf(IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.PatentsProtected => [FactKind.PatentGranted, FactKind.PatentLapsed],
        IndicatorMeasure.IpCommercialised => [FactKind.IpCommercialised],
        IndicatorMeasure.StEnterprises => [FactKind.EnterpriseCertified, FactKind.EnterpriseRevoked],
        IndicatorMeasure.StartupsSupported => [FactKind.StartupSupported],
        IndicatorMeasure.TasksCompleted => [FactKind.TaskCompleted],
        _ => [],
    };

    public static IndicatorMeasure? MeasureOf(FactKind kind) => kind switch
    {
        FactKind.PatentGranted or FactKind.PatentLapsed => IndicatorMeasure.PatentsProtected,
        FactKind.IpCommercialised => IndicatorMeasure.IpCommercialised,
        FactKind.EnterpriseCertified or FactKind.EnterpriseRevoked => IndicatorMeasure.StEnterprises,
        FactKind.StartupSupported => IndicatorMeasure.StartupsSupported,
        FactKind.TaskCompleted => IndicatorMeasure.TasksCompleted,
        _ => null,
    };

    public static MeasureResult Evaluate(IndicatorMeasure measure, IEnumerable<MeasureFact> facts, int year)
    {
        var known = facts.Where(f => f.OccurredOn.Year <= year).ToList();
        var counted = measure switch
        {
            // Granted patents and utility solutions, once per asset; a lapse, whenever it arrives, takes it back.
            IndicatorMeasure.PatentsProtected => FirstPerSubject(known, FactKind.PatentGranted)
                .Where(g => !known.Any(f => f.Kind == FactKind.PatentLapsed && f.SubjectId == g.SubjectId)),
            // Commercialised stays commercialised: a later lapse does not undo a licence.
            IndicatorMeasure.IpCommercialised => FirstPerSubject(known, FactKind.IpCommercialised),
            // Organisations holding a certificate that no revocation of the same number cancels.
            IndicatorMeasure.StEnterprises => FirstPerSubject(known
                .Where(c => c.Kind == FactKind.EnterpriseCertified)
                .Where(c => !known.Any(r => r.Kind == FactKind.EnterpriseRevoked && r.SubjectId == c.SubjectId && r.Reference == c.Reference)),
                FactKind.EnterpriseCertified),
            // Distinct organisations per year of support, summed over the years.
            IndicatorMeasure.StartupsSupported => known.Where(f => f.Kind == FactKind.StartupSupported)
                .GroupBy(f => (f.SubjectId, f.OccurredOn.Year)).Select(g => g.OrderBy(f => f.EventId).First()),
            IndicatorMeasure.TasksCompleted => FirstPerSubject(known, FactKind.TaskCompleted),
            _ => [],
        };
        var provenance = counted.OrderBy(f => f.OccurredOn).ThenBy(f => f.EventId).ToList();
        return new MeasureResult(provenance.Count, provenance);
    }

    private static IEnumerable<MeasureFact> FirstPerSubject(IEnumerable<MeasureFact> facts, FactKind kind) =>
        facts.Where(f => f.Kind == kind).GroupBy(f => f.SubjectId).Select(g => g.OrderBy(f => f.OccurredOn).ThenBy(f => f.EventId).First());
}
