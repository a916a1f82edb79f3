using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// BenchmarkDotNet 0.14 cannot generate a separate net10.0 host project, so benchmarks always run in-process.
// Usage: dotnet run -c Release --project tests/IntakeBot.Benchmarks -- --filter '*'
string[] arguments = args.Contains("--inProcess") || args.Contains("-i") ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(arguments, DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator));
