var app = WebApplication.CreateBuilder(args).Build();

app.MapGet("/health", () => "Healthy");

// Lets a test read the configuration the AppHost injected.
app.MapGet("/config", (string key, IConfiguration configuration) =>
    configuration[key] is { } value ? Results.Text(value) : Results.NotFound());

// Lets a test crash the service; the response goes out before the process exits.
app.MapPost("/exit/{code:int}", (int code) =>
{
    _ = Task.Run(async () =>
    {
        await Task.Delay(100);
        Environment.Exit(code);
    });
    return Results.Accepted();
});

app.Run();
