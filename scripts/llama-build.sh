# Sourced by scripts/run and scripts/test after pip has installed samantha (needs .venv).
# On CPUs with AMX (Intel Sapphire Rapids and later) llama.cpp's native build uses its AMX kernels, which segfault
# on the first evaluation on these machines (ggml-org/llama.cpp#20824; dspy dropped its AMX build for the same
# crash). There llama-cpp-python is built for the CPU's AVX-512 features by name instead of -march=native, which
# leaves AMX out. A wheel that pip cached from a native build is detected (its system info lists AMX), dropped from
# pip's cache and rebuilt, so the cache then holds the build that works.
if grep -qw amx_int8 /proc/cpuinfo 2>/dev/null \
    && .venv/bin/python -c "import llama_cpp, sys; sys.exit('AMX_INT8 = 1' not in llama_cpp.llama_print_system_info().decode())" 2>/dev/null; then
  echo "Rebuilding llama.cpp without AMX for this CPU (about 6 minutes on 2 cores, once)…" >&2
  .venv/bin/python -m pip cache remove llama_cpp_python >/dev/null 2>&1 || true  # the cache keeps the new build
  CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON \
-DGGML_AVX512=ON -DGGML_AVX512_VBMI=ON -DGGML_AVX512_VNNI=ON -DGGML_AVX512_BF16=ON -DGGML_AVX_VNNI=ON" \
    .venv/bin/python -m pip install --disable-pip-version-check -q --force-reinstall --no-deps \
      "llama-cpp-python==0.3.36" 2>&1 | { grep -v "^WARNING: Location" || true; }
fi
