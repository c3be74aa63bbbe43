namespace StPlatform.Hosting;

/// <summary>Reading a resource's annotations back.</summary>
public static class ResourceExtensions
{
    public static IEnumerable<EndpointAnnotation> GetEndpoints(this IResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Annotations.OfType<EndpointAnnotation>();
    }

    /// <summary>The resources this one waits for, its parent included (a database needs its server).</summary>
    public static IEnumerable<IResource> GetWaitDependencies(this IResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var waits = resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Dependency);
        return resource is IResourceWithParent child ? waits.Prepend(child.Parent).Distinct() : waits.Distinct();
    }

    /// <summary>Everything this resource needs running: what it waits for, references, and its parent.</summary>
    public static IEnumerable<IResource> GetDependencies(this IResource resource) =>
        resource.GetWaitDependencies()
            .Concat(resource.Annotations.OfType<ResourceReferenceAnnotation>().Select(r => r.Source))
            .Distinct();
}
