// The floor for start-up: a Swift program that does nothing, linked like manifestlint (Benchmarks/run).
print("hello")
