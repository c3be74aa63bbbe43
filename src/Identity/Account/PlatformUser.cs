using Microsoft.AspNetCore.Identity;
using StPlatform.Identity.Units;

namespace StPlatform.Identity.Account;

/// <summary>A person (or a machine's operator) who signs in; each belongs to exactly one unit.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;

    public PlatformUser() => Id = Guid.CreateVersion7();

    public required string DisplayName { get; set; }

    public Guid UnitId { get; set; }

    public Unit? Unit { get; set; }
}
