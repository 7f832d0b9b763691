package com.pushstudio.sandbox.powerbi;

import com.pushstudio.sandbox.SandboxMode;

import org.springframework.data.jpa.repository.JpaRepository;

@SandboxMode
interface SandboxImportRepository extends JpaRepository<SandboxImport, String> {

}
