using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Hosting;

namespace StPlatform.Dashboard.Pages;

public sealed class IndexModel(PlatformView platform) : PageModel
{
    public IReadOnlyList<ResourceSnapshot> Resources { get; private set; } = [];

    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    public bool Refresh { get; private set; }

    public void OnGet(bool refresh)
    {
        Refresh = refresh;
        Resources = platform.Resources();
    }

    public static string Uptime(ResourceSnapshot resource, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.State != KnownResourceStates.Running || resource.StartTime is not { } start)
        {
            return "–";
        }
        var up = now - start;
        return up.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)up.TotalHours} h {up.Minutes:00} min")
            : string.Create(CultureInfo.InvariantCulture, $"{up.Minutes} min {up.Seconds:00} s");
    }
}
