using StPlatform.Contracts.Identity;

namespace StPlatform.Identity.Units;

/// <summary>The events other services learn of units by; published through the outbox with the change.</summary>
public static class UnitEvents
{
    public static UnitRegistered Registered(Unit unit, DateTimeOffset now) =>
        new(Guid.NewGuid(), now, unit.Id, unit.Code, unit.Name, unit.NameEn, unit.Kind);

    public static UnitRenamed Renamed(Unit unit, string oldName, string? oldNameEn, DateTimeOffset now) =>
        new(Guid.NewGuid(), now, unit.Id, unit.Code, oldName, unit.Name, oldNameEn, unit.NameEn);
}
