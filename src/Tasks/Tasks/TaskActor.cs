using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Tasks.Tasks;

/// <summary>Who moves a task along: a unit's officer acts for their unit; the DOST task office confirms.</summary>
public sealed record TaskActor(string UserId, string? UnitCode, bool IsTaskOffice, bool IsAdministrator = false)
{
    public static TaskActor From(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var admin = user.IsInRole(PlatformRoles.Administrator);
        return new TaskActor(user.Id, user.UnitCode, admin || user.IsInRole(PlatformRoles.TaskOffice), admin);
    }

    /// <summary>Leads <paramref name="task"/>: its lead unit's officer, or an administrator acting for it.</summary>
    public bool Leads(TaskItem task) => IsAdministrator || (task?.IsLedBy(UnitCode) ?? false);
}

/// <summary>What became of an attempted transition: done, not the actor's to make, not now, or bad input.</summary>
public sealed record TransitionResult(TransitionOutcome Outcome, string? Field = null, string? Message = null)
{
    public static readonly TransitionResult Done = new(TransitionOutcome.Done);

    public static TransitionResult Forbidden(string message) => new(TransitionOutcome.Forbidden, null, message);

    public static TransitionResult WrongState(string message) => new(TransitionOutcome.WrongState, null, message);

    public static TransitionResult Invalid(string field, string message) => new(TransitionOutcome.Invalid, field, message);
}

public enum TransitionOutcome
{
    Done,
    Forbidden,
    WrongState,
    Invalid,
}
