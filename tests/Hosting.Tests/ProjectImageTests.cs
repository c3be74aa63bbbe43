using StPlatform.Hosting.Orchestration;

namespace StPlatform.Hosting.Tests;

/// <summary>The run command's ReadyToRun images: used when published, the build output otherwise.</summary>
public sealed class ProjectImageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stp-images-").FullName;

    [Fact]
    public void A_project_with_a_published_image_runs_from_it()
    {
        var project = Project("Tasks", "<AssemblyName>StPlatform.Tasks</AssemblyName>");
        var images = Path.Combine(_root, "images");
        var image = Path.Combine(images, "Tasks", "StPlatform.Tasks.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(image)!);
        File.WriteAllText(image, "");

        Assert.Equal(image, ProjectOutput.DllPath(project, "Release", images));
    }

    [Fact]
    public void Without_an_image_or_an_images_folder_a_project_runs_from_its_build_output()
    {
        var project = Project("Gateway", "");
        var buildOutput = Path.Combine(_root, "Gateway", "bin", "Release", "net10.0", "Gateway.dll");

        Assert.Equal(buildOutput, ProjectOutput.DllPath(project, "Release", Path.Combine(_root, "images")));
        Assert.Equal(buildOutput, ProjectOutput.DllPath(project, "Release"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ProjectResource Project(string name, string properties)
    {
        var path = Path.Combine(_root, name, name + ".csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup>{properties}</PropertyGroup></Project>");
        return new ProjectResource(name.ToLowerInvariant(), path);
    }
}
