namespace StPlatform.Contracts.IntellectualProperty;

/// <summary>The object types of industrial property under Vietnam's IP Law.</summary>
public enum IpObjectType
{
    Patent,
    UtilitySolution,
    IndustrialDesign,
    Trademark,
    GeographicalIndication,
    LayoutDesign,
}

/// <summary>The task or programme an IP asset originates from, when it has one.</summary>
public sealed record IpOrigin(Guid? TaskId, Guid? ProgrammeId);
