var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapActivitiesApi();
app.MapGrpcService<DirectoryService>();

app.Run();
