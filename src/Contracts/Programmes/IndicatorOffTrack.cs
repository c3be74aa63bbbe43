namespace StPlatform.Contracts.Programmes;

/// <summary>A target indicator's trajectory turned off track; its lead unit is alerted.</summary>
public sealed record IndicatorOffTrack(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid IndicatorId,
    Guid ProgrammeId,
    string IndicatorName,
    string Unit,
    decimal? LatestValue,
    decimal TargetValue,
    int TargetYear,
    string? LeadUnitCode) : IIntegrationEvent;
