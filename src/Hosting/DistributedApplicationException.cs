namespace StPlatform.Hosting;

/// <summary>A resource failed in a way the caller waiting on it must hear about (failed to start, exited).</summary>
public sealed class DistributedApplicationException : Exception
{
    public DistributedApplicationException()
    {
    }

    public DistributedApplicationException(string message) : base(message)
    {
    }

    public DistributedApplicationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
