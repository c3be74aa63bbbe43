using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StPlatform.Hosting.Testing;

internal sealed class TestingBuilder(DistributedApplicationBuilder inner) : IDistributedApplicationTestingBuilder
{
    public ConfigurationManager Configuration => inner.Configuration;

    public IServiceCollection Services => inner.Services;

    public string AppHostDirectory => inner.AppHostDirectory;

    public Assembly? AppHostAssembly => inner.AppHostAssembly;

    public IReadOnlyList<IResource> Resources => inner.Resources;

    public Action<string>? Output
    {
        get => inner.Options.Output;
        set => inner.Options.Output = value;
    }

    public TimeSpan DefaultTimeout
    {
        get => inner.Options.DefaultTimeout;
        set => inner.Options.DefaultTimeout = value;
    }

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource => inner.AddResource(resource);

    public DistributedApplication Build() => inner.BuildCore();

    public Task<DistributedApplication> BuildAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(inner.BuildCore());
}
