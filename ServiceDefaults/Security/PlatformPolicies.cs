namespace StPlatform.ServiceDefaults.Security;

/// <summary>Who may do what, by role; which records are theirs is decided per object (<see cref="CurrentUser"/>).</summary>
public static class PlatformPolicies
{
    public const string Administrator = "administrator";
    public const string ManageProgrammes = "manage-programmes";
    public const string AssignTasks = "assign-tasks";
    public const string ReadTasks = "read-tasks";
    public const string RecordIp = "record-ip";
    public const string EditDirectory = "edit-directory";
}
