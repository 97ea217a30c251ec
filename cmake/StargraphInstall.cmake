# Installation and the CMake package config (find_package(stargraph)) are added with the public API.
