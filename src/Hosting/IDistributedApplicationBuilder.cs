using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StPlatform.Hosting;

/// <summary>Declares the resources of a distributed application, as Aspire's builder does.</summary>
public interface IDistributedApplicationBuilder
{
    ConfigurationManager Configuration { get; }

    IServiceCollection Services { get; }

    /// <summary>The folder relative to which project and executable paths resolve.</summary>
    string AppHostDirectory { get; }

    /// <summary>The assembly whose build configuration (Debug, Release) projects are built and run in.</summary>
    Assembly? AppHostAssembly { get; }

    IReadOnlyList<IResource> Resources { get; }

    IResourceBuilder<T> AddResource<T>(T resource) where T : IResource;

    DistributedApplication Build();
}

/// <summary>A resource being declared; extension methods add its references, waits and settings.</summary>
public interface IResourceBuilder<out T> where T : IResource
{
    IDistributedApplicationBuilder ApplicationBuilder { get; }

    T Resource { get; }
}

internal sealed class ResourceBuilder<T>(IDistributedApplicationBuilder applicationBuilder, T resource) : IResourceBuilder<T>
    where T : IResource
{
    public IDistributedApplicationBuilder ApplicationBuilder { get; } = applicationBuilder;

    public T Resource { get; } = resource;
}
