namespace StPlatform.Hosting;

/// <summary>The settings every runnable resource accepts: references, waits, environment, endpoints.</summary>
public static class ResourceBuilderExtensions
{
    public const string HttpEndpointName = "http";

    /// <summary>Gives the resource <c>ConnectionStrings__&lt;name&gt;</c> for <paramref name="source"/>.</summary>
    public static IResourceBuilder<T> WithReference<T>(
        this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithConnectionString> source, string? connectionName = null)
        where T : IResourceWithEnvironment
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        builder.Resource.Annotations.Add(new ResourceReferenceAnnotation(source.Resource, connectionName));
        return builder;
    }

    /// <summary>Gives the resource <c>services__&lt;name&gt;__http__0</c> for <paramref name="source"/>.</summary>
    public static IResourceBuilder<T> WithReference<T>(
        this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithServiceDiscovery> source)
        where T : IResourceWithEnvironment
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        builder.Resource.Annotations.Add(new ResourceReferenceAnnotation(source.Resource, null));
        return builder;
    }

    /// <summary>Keeps the resource Waiting until <paramref name="dependency"/> is healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : IResourceWithWaitSupport
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dependency);
        if (ReferenceEquals(builder.Resource, dependency.Resource))
        {
            throw new InvalidOperationException($"'{builder.Resource.Name}' cannot wait for itself.");
        }
        builder.Resource.Annotations.Add(new WaitAnnotation(dependency.Resource));
        return builder;
    }

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironment(name, () => value);

    /// <summary>An environment variable computed when the process starts.</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, Func<string> value)
        where T : IResourceWithEnvironment
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        builder.Resource.Annotations.Add(new EnvironmentAnnotation(name, value));
        return builder;
    }

    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, params string[] args)
        where T : IResourceWithArgs
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(args);
        builder.Resource.Annotations.Add(new CommandLineArgsAnnotation(args));
        return builder;
    }

    /// <summary>
    /// Declares (or replaces) an HTTP endpoint. <paramref name="port"/> fixes the port, otherwise one
    /// is allocated; <paramref name="env"/> names the variable that passes the port to the process.
    /// </summary>
    public static IResourceBuilder<T> WithHttpEndpoint<T>(
        this IResourceBuilder<T> builder, int? port = null, string? env = null, string name = HttpEndpointName)
        where T : IResourceWithEndpoints
    {
        ArgumentNullException.ThrowIfNull(builder);
        var annotations = builder.Resource.Annotations;
        if (annotations.OfType<EndpointAnnotation>().FirstOrDefault(e => e.Name == name) is { } existing)
        {
            annotations.Remove(existing);
        }
        annotations.Add(new EndpointAnnotation(name, port, env));
        return builder;
    }

    /// <summary>The resource is healthy only while GET <paramref name="path"/> answers 2xx.</summary>
    public static IResourceBuilder<T> WithHttpHealthCheck<T>(
        this IResourceBuilder<T> builder, string path = "/health", string endpointName = HttpEndpointName)
        where T : IResourceWithEndpoints
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!builder.Resource.Annotations.OfType<EndpointAnnotation>().Any(e => e.Name == endpointName))
        {
            builder.WithHttpEndpoint(name: endpointName);
        }
        builder.Resource.Annotations.Add(new HttpHealthCheckAnnotation(path, endpointName));
        return builder;
    }
}
