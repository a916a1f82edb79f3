var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

// Makes the implicit Program class public so the host tests can use WebApplicationFactory<Program>.
public partial class Program;
