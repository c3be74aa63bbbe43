using StPlatform.Contracts;

namespace StPlatform.Identity.Security;

/// <summary>
/// One scope per service, named as the service: asking for scope <c>tasks</c> gives a token whose
/// audience is <c>tasks</c>, which the programme registry refuses.
/// </summary>
public static class ServiceScopes
{
    public static readonly IReadOnlyList<string> All =
        [ResourceNames.Programmes, ResourceNames.Tasks, ResourceNames.IntellectualProperty, ResourceNames.Startups];
}
