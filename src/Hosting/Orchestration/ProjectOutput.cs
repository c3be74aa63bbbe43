using System.Diagnostics;
using System.Reflection;
using System.Xml.Linq;

namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// Projects run from their build output, <c>bin/&lt;Configuration&gt;/&lt;tfm&gt;/&lt;AssemblyName&gt;.dll</c>,
/// in the AppHost's own configuration. What is missing is built once, serially, before anything starts.
/// When an images folder is given (the run command publishes ReadyToRun images there), a project whose
/// image <c>&lt;images&gt;/&lt;ProjectName&gt;/&lt;AssemblyName&gt;.dll</c> exists runs from it instead: its
/// code is compiled ahead of time, so the process starts without JIT-compiling its start-up path.
/// </summary>
internal static class ProjectOutput
{
    private const string DefaultTargetFramework = "net10.0";

    // Two applications started in parallel by one test run must not build the same project at once.
    private static readonly SemaphoreSlim s_buildGate = new(1, 1);

    public static string ConfigurationOf(Assembly? appHost) =>
        (appHost ?? typeof(ProjectOutput).Assembly).GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c
            ? c
            : "Debug";

    public static string DllPath(ProjectResource project, string configuration, string? imagesFolder = null)
    {
        var directory = Path.GetDirectoryName(project.ProjectPath)!;
        var csproj = XDocument.Load(project.ProjectPath);
        string? Property(string name) => csproj.Descendants(name).Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        var assemblyName = Property("AssemblyName") ?? Path.GetFileNameWithoutExtension(project.ProjectPath);
        if (imagesFolder is not null)
        {
            var image = Path.Combine(imagesFolder, Path.GetFileNameWithoutExtension(project.ProjectPath), assemblyName + ".dll");
            if (File.Exists(image))
            {
                return image;
            }
        }
        var framework = Property("TargetFramework") ?? DefaultTargetFramework;
        return Path.Combine(directory, "bin", configuration, framework, assemblyName + ".dll");
    }

    public static async Task EnsureBuiltAsync(IEnumerable<ProjectResource> projects, string configuration, string? imagesFolder, Action<string> log, CancellationToken cancellationToken)
    {
        projects = projects.ToList();
        if (imagesFolder is not null)
        {
            var fromImages = projects.Where(p => DllPath(p, configuration, imagesFolder).StartsWith(imagesFolder, StringComparison.Ordinal))
                .Select(p => p.Name).ToList();
            log($"ReadyToRun images in {imagesFolder}: {(fromImages.Count > 0 ? string.Join(", ", fromImages) : "none")}; "
                + $"the others run from their build output.");
        }
        var missing = projects.Where(p => !File.Exists(DllPath(p, configuration, imagesFolder))).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        await s_buildGate.WaitAsync(cancellationToken);
        try
        {
            foreach (var project in missing.Where(p => !File.Exists(DllPath(p, configuration, imagesFolder))))
            {
                log($"Building {project.Name} ({configuration}): {project.ProjectPath}");
                await BuildAsync(project, configuration, cancellationToken);
            }
        }
        finally
        {
            s_buildGate.Release();
        }
    }

    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static async Task BuildAsync(ProjectResource project, string configuration, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(DotnetHost(), ["build", project.ProjectPath, "-c", configuration, "-nologo", "-clp:ErrorsOnly"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var build = Process.Start(info) ?? throw new InvalidOperationException("dotnet build could not be started.");
        var output = build.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = build.StandardError.ReadToEndAsync(cancellationToken);
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            var lines = (await output + await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(30);
            throw new DistributedApplicationException(
                $"Building {project.Name} ({project.ProjectPath}) failed with exit code {build.ExitCode}:{Environment.NewLine}" +
                string.Join(Environment.NewLine, lines));
        }
    }
}
