using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Hosting;

namespace StPlatform.Dashboard.Pages;

public sealed class ConsoleModel(PlatformView platform) : PageModel
{
    public ResourceSnapshot Resource { get; private set; } = null!;

    public IActionResult OnGet(string name)
    {
        if (platform.Find(name) is not { } snapshot)
        {
            return NotFound();
        }
        Resource = snapshot;
        return Page();
    }
}
