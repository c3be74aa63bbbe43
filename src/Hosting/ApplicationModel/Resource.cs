namespace StPlatform.Hosting;

/// <summary>The common part of every resource: a name and the annotations the builder methods add.</summary>
public abstract class Resource : IResource
{
    protected Resource(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public IList<object> Annotations { get; } = [];

    public override string ToString() => Name;
}
