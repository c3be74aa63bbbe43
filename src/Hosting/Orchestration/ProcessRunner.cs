namespace StPlatform.Hosting.Orchestration;

/// <summary>Runs a project (<c>dotnet &lt;dll&gt;</c> from its build output) or an executable.</summary>
internal sealed class ProcessRunner(IResource resource, RunContext context) : ResourceRunner(resource, context)
{
    private ChildProcess? _child;

    protected override Task<int>? Exited => _child?.Exited;

    protected override IReadOnlyList<string> Urls =>
        Resource.GetEndpoints().Select(e => e.Url?.ToString()).OfType<string>().ToArray();

    public override void Prepare()
    {
        foreach (var endpoint in Resource.GetEndpoints())
        {
            endpoint.AllocatedPort = endpoint.Port ?? PortAllocator.Allocate();
        }
    }

    public override async Task StopAsync()
    {
        await StopChildAsync(_child);
    }

    protected override async Task<int?> LaunchAsync(CancellationToken cancellationToken)
    {
        var args = Resource.Annotations.OfType<CommandLineArgsAnnotation>().SelectMany(a => a.Args);
        var spec = Resource switch
        {
            ProjectResource project => new ProcessSpec(ProjectOutput.DotnetHost(),
                args.Prepend(ProjectOutput.DllPath(project, Context.BuildConfiguration, Context.ImagesFolder)),
                Path.GetDirectoryName(project.ProjectPath)!),
            ExecutableResource executable => new ProcessSpec(executable.Command, args, executable.WorkingDirectory),
            _ => throw new InvalidOperationException($"{Resource.GetType().Name} is not a process resource."),
        };
        foreach (var (name, value) in await ChildEnvironment.ForAsync(Resource, Context, cancellationToken))
        {
            spec.Environment[name] = value;
        }
        _child = StartChild(spec);
        return _child.Id;
    }

    protected override async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var checks = Resource.Annotations.OfType<HttpHealthCheckAnnotation>().ToList();
        foreach (var check in checks)
        {
            var endpoint = Resource.GetEndpoints().First(e => e.Name == check.EndpointName);
            using var response = await Context.HealthClient.GetAsync(new Uri(endpoint.Url!, check.Path), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }
        }
        return true;
    }
}
