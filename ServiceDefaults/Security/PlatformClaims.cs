namespace StPlatform.ServiceDefaults.Security;

/// <summary>Claim types of the platform's access tokens beyond the standard ones (sub, name, role).</summary>
public static class PlatformClaims
{
    /// <summary>The code of the unit (department, district committee) the user belongs to.</summary>
    public const string Unit = "unit";

    public const string Role = "role";
    public const string Subject = "sub";
    public const string Name = "name";
}
